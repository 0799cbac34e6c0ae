package main

import (
	"errors"
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", name, off)
}

func main() {
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05Z"))
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05+07:00"))
	show(time.Parse(time.RFC3339Nano, "2006-01-02T15:04:05.123456789-02:30"))
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05.5Z"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"))
	show(time.Parse(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0800"))
	show(time.Parse(time.RFC822, "02 Jan 06 15:04 GMT+3"))
	show(time.Parse(time.ANSIC, "Mon Jan  2 15:04:05 2006"))
	show(time.Parse(time.Kitchen, "3:04PM"))
	show(time.Parse(time.Kitchen, "12:00AM"))
	show(time.Parse(time.DateTime, "2024-02-29 23:59:59"))
	show(time.Parse(time.DateOnly, "1999-12-31"))
	show(time.Parse(time.StampMilli, "Feb  3 04:05:06.789"))
	show(time.Parse("January 2, 2006", "march 4, 2021"))
	show(time.Parse("2006 002", "2024 060"))
	show(time.Parse("2006 __2", "2023  60"))
	show(time.Parse("06-1-2", "69-1-2"))
	show(time.Parse("06-1-2", "68-12-31"))
	show(time.Parse("15:04:05", "07:08:09.123"))
	show(time.Parse("15:04:05.000", "07:08:09.123"))
	show(time.Parse("15:04:05,999", "07:08:09,5"))
	show(time.Parse("2006-01-02   15:04", "2006-01-02 15:04"))
	show(time.Parse("-07", "+05"))
	show(time.Parse("Z07:00:00", "-01:02:03"))

	// Errors, with Go's messages.
	show(time.Parse("2006", "x"))
	show(time.Parse("2006-01-02", "2006-13-02"))
	show(time.Parse("2006-01-02", "2006-02-30"))
	show(time.Parse("2006-01-02", "2006-01-02 extra"))
	show(time.Parse("2006-01-02", "2006-01"))
	show(time.Parse("2006-01-02", "2006/01/02"))
	show(time.Parse("15:04", "25:00"))
	show(time.Parse("15:04", "12:61"))
	show(time.Parse("15:04:05", "12:00:60"))
	show(time.Parse("3 PM", "13 PM"))
	show(time.Parse("3 PM", "1 XM"))
	show(time.Parse("Jan", "Foo"))
	show(time.Parse("Mon Jan", "Xyz Jan"))
	show(time.Parse("2006 002", "2023 366"))
	show(time.Parse("2006 002 01", "2024 060 03"))
	show(time.Parse("2006 002 02", "2024 060 28"))
	show(time.Parse("2006 002", "2024 0"))
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05"))
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05+25:00"))
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05+01:61"))
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05*01:00"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 pst"))
	show(time.Parse("05.000", "01.12"))
	show(time.Parse("MST", "\"é\t"))

	// ParseError's fields.
	_, err := time.Parse("2006-01-02", "2006-1-02")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}

	// ParseInLocation: values without a zone are in loc; a matching zone gives loc.
	est := time.FixedZone("EST", -5*3600)
	show(time.ParseInLocation(time.DateTime, "2024-07-04 12:00:00", est))
	show(time.ParseInLocation(time.RFC1123, "Thu, 04 Jul 2024 12:00:00 EST", est))
	show(time.ParseInLocation(time.RFC1123Z, "Thu, 04 Jul 2024 12:00:00 -0500", est))
	show(time.ParseInLocation(time.RFC1123Z, "Thu, 04 Jul 2024 12:00:00 -0400", est))
	show(time.ParseInLocation(time.DateTime, "2024-07-04 12:00:00", time.UTC))

	// Round trip of every layout constant.
	t := time.Date(2021, time.September, 8, 7, 6, 5, 43210000, time.FixedZone("", -3*3600))
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, time.DateTime} {
		p, err := time.Parse(l, t.Format(l))
		fmt.Println(p, err, p.Equal(t.Truncate(time.Second)), p.Equal(t))
	}
}

// Output:
// 2006-01-02 15:04:05 +0000 UTC | UTC 0
// 2006-01-02 15:04:05 +0700 +0700 |  25200
// 2006-01-02 15:04:05.123456789 -0230 -0230 |  -9000
// 2006-01-02 15:04:05.5 +0000 UTC | UTC 0
// 2006-01-02 15:04:05 +0000 PST | PST 0
// 2006-01-02 15:04:05 +0000 UTC | UTC 0
// 2006-01-02 15:04:05 -0800 -0800 |  -28800
// 2006-01-02 18:04:00 +0300 GMT+3 | GMT+3 10800
// 2006-01-02 15:04:05 +0000 UTC | UTC 0
// 0000-01-01 15:04:00 +0000 UTC | UTC 0
// 0000-01-01 00:00:00 +0000 UTC | UTC 0
// 2024-02-29 23:59:59 +0000 UTC | UTC 0
// 1999-12-31 00:00:00 +0000 UTC | UTC 0
// 0000-02-03 04:05:06.789 +0000 UTC | UTC 0
// 2021-03-04 00:00:00 +0000 UTC | UTC 0
// 2024-02-29 00:00:00 +0000 UTC | UTC 0
// 2023-03-01 00:00:00 +0000 UTC | UTC 0
// 1969-01-02 00:00:00 +0000 UTC | UTC 0
// 2068-12-31 00:00:00 +0000 UTC | UTC 0
// 0000-01-01 07:08:09.123 +0000 UTC | UTC 0
// 0000-01-01 07:08:09.123 +0000 UTC | UTC 0
// 0000-01-01 07:08:09.5 +0000 UTC | UTC 0
// 2006-01-02 15:04:00 +0000 UTC | UTC 0
// 0000-01-01 00:00:00 +0500 +0500 |  18000
// 0000-01-01 00:00:00 -0102 -0102 |  -3723
// error: parsing time "x" as "2006": cannot parse "x" as "2006"
// error: parsing time "2006-13-02": month out of range
// error: parsing time "2006-02-30": day out of range
// error: parsing time "2006-01-02 extra": extra text: " extra"
// error: parsing time "2006-01" as "2006-01-02": cannot parse "" as "-"
// error: parsing time "2006/01/02" as "2006-01-02": cannot parse "/01/02" as "-"
// error: parsing time "25:00": hour out of range
// error: parsing time "12:61": minute out of range
// error: parsing time "12:00:60": second out of range
// error: parsing time "13 PM": hour out of range
// error: parsing time "1 XM" as "3 PM": cannot parse "XM" as "PM"
// error: parsing time "Foo" as "Jan": cannot parse "Foo" as "Jan"
// error: parsing time "Xyz Jan" as "Mon Jan": cannot parse "Xyz Jan" as "Mon"
// error: parsing time "2023 366": day-of-year out of range
// error: parsing time "2024 060 03": day-of-year does not match month
// error: parsing time "2024 060 28": day-of-year does not match day
// error: parsing time "2024 0" as "2006 002": cannot parse "0" as "002"
// error: parsing time "2006-01-02T15:04:05" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"
// error: parsing time "2006-01-02T15:04:05+25:00": time zone offset hour out of range
// error: parsing time "2006-01-02T15:04:05+01:61": time zone offset minute out of range
// error: parsing time "2006-01-02T15:04:05*01:00" as "2006-01-02T15:04:05Z07:00": cannot parse "*01:00" as "Z07:00"
// error: parsing time "Mon, 02 Jan 2006 15:04:05 pst" as "Mon, 02 Jan 2006 15:04:05 MST": cannot parse "pst" as "MST"
// error: parsing time "01.12" as "05.000": cannot parse ".12" as ".000"
// error: parsing time "\"\xc3\xa9\x09" as "MST": cannot parse "\"\xc3\xa9\x09" as "MST"
// "2006-01-02" "2006-1-02" "01" "1-02" ""
// 2024-07-04 12:00:00 -0500 EST | EST -18000
// 2024-07-04 12:00:00 -0500 EST | EST -18000
// 2024-07-04 12:00:00 -0500 EST | EST -18000
// 2024-07-04 12:00:00 -0400 -0400 |  -14400
// 2024-07-04 12:00:00 +0000 UTC | UTC 0
// 2021-09-08 07:06:05.04321 -0300 -0300 <nil> false true
// 2021-09-08 07:06:05 -0300 -0300 <nil> true false
// 2021-09-08 07:06:05 -0300 -0300 <nil> true false
// 2021-09-08 07:06:05 +0000 UTC <nil> false false
