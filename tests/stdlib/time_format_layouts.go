package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly}
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.FixedZone("MST", -7*3600)),
		time.Date(1999, time.December, 31, 0, 5, 9, 120000000, time.FixedZone("", 5*3600+30*60)),
		time.Date(2024, time.February, 29, 12, 0, 0, 1000, time.FixedZone("NPT", 5*3600+45*60)),
	}
	for _, t := range times {
		for _, l := range layouts {
			fmt.Println(t.Format(l))
		}
		fmt.Println(t, "|", t.GoString())
	}

	// Every layout element, one at a time.
	t := time.Date(2007, time.March, 4, 5, 6, 7, 89000000, time.FixedZone("CET", 3600))
	for _, l := range []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "Mon", "Monday",
		"15", "03", "3", "04", "4", "05", "5", "PM", "pm", "MST", "Z07:00", "Z0700", "Z07", "Z070000", "Z07:00:00",
		"-07:00", "-0700", "-07", "-070000", "-07:00:00", ".000", ".999", ",000", ",999", ".0", ".9", ".000000000",
		".999999999", "05.00", "05,9"} {
		fmt.Printf("%-10q %q\n", l, t.Format(l))
	}

	// Custom layouts and literal text.
	fmt.Println(t.Format("Monday, January 2, 2006 at 3:04pm (MST)"))
	fmt.Println(t.Format("Janet Monk 2006_2006 __2/002 T15h04"))
	fmt.Println(t.Format("02.01.2006 15:04:05.000"), t.Format(""), t.Format("no elements here"))
	fmt.Println(t.UTC().Format(time.RFC3339), t.UTC().Format("Z07:00 -07:00 MST"))
	fmt.Println(time.Date(2007, 3, 4, 0, 0, 0, 0, time.UTC).Format("3PM 03pm 15"), time.Date(2007, 3, 4, 12, 0, 0, 0, time.UTC).Format("3PM"))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", -(3*3600+25*60+15))).Format("MST -07:00:00 Z070000 -07"))

	// AppendFormat appends to a buffer.
	b := []byte("at: ")
	b = t.AppendFormat(b, time.Kitchen)
	fmt.Println(string(b))
}

// Output:
// 11/10 11:00:00PM '09 +0000
// Tue Nov 10 23:00:00 2009
// Tue Nov 10 23:00:00 UTC 2009
// Tue Nov 10 23:00:00 +0000 2009
// 10 Nov 09 23:00 UTC
// 10 Nov 09 23:00 +0000
// Tuesday, 10-Nov-09 23:00:00 UTC
// Tue, 10 Nov 2009 23:00:00 UTC
// Tue, 10 Nov 2009 23:00:00 +0000
// 2009-11-10T23:00:00Z
// 2009-11-10T23:00:00Z
// 11:00PM
// Nov 10 23:00:00
// Nov 10 23:00:00.000
// Nov 10 23:00:00.000000
// Nov 10 23:00:00.000000000
// 2009-11-10 23:00:00
// 2009-11-10
// 23:00:00
// 2009-11-10 23:00:00 +0000 UTC | time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
// 01/02 03:04:05PM '06 -0700
// Mon Jan  2 15:04:05 2006
// Mon Jan  2 15:04:05 MST 2006
// Mon Jan 02 15:04:05 -0700 2006
// 02 Jan 06 15:04 MST
// 02 Jan 06 15:04 -0700
// Monday, 02-Jan-06 15:04:05 MST
// Mon, 02 Jan 2006 15:04:05 MST
// Mon, 02 Jan 2006 15:04:05 -0700
// 2006-01-02T15:04:05-07:00
// 2006-01-02T15:04:05.123456789-07:00
// 3:04PM
// Jan  2 15:04:05
// Jan  2 15:04:05.123
// Jan  2 15:04:05.123456
// Jan  2 15:04:05.123456789
// 2006-01-02 15:04:05
// 2006-01-02
// 15:04:05
// 2006-01-02 15:04:05.123456789 -0700 MST | time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.Location("MST"))
// 12/31 12:05:09AM '99 +0530
// Fri Dec 31 00:05:09 1999
// Fri Dec 31 00:05:09 +0530 1999
// Fri Dec 31 00:05:09 +0530 1999
// 31 Dec 99 00:05 +0530
// 31 Dec 99 00:05 +0530
// Friday, 31-Dec-99 00:05:09 +0530
// Fri, 31 Dec 1999 00:05:09 +0530
// Fri, 31 Dec 1999 00:05:09 +0530
// 1999-12-31T00:05:09+05:30
// 1999-12-31T00:05:09.12+05:30
// 12:05AM
// Dec 31 00:05:09
// Dec 31 00:05:09.120
// Dec 31 00:05:09.120000
// Dec 31 00:05:09.120000000
// 1999-12-31 00:05:09
// 1999-12-31
// 00:05:09
// 1999-12-31 00:05:09.12 +0530 +0530 | time.Date(1999, time.December, 31, 0, 5, 9, 120000000, time.Location(""))
// 02/29 12:00:00PM '24 +0545
// Thu Feb 29 12:00:00 2024
// Thu Feb 29 12:00:00 NPT 2024
// Thu Feb 29 12:00:00 +0545 2024
// 29 Feb 24 12:00 NPT
// 29 Feb 24 12:00 +0545
// Thursday, 29-Feb-24 12:00:00 NPT
// Thu, 29 Feb 2024 12:00:00 NPT
// Thu, 29 Feb 2024 12:00:00 +0545
// 2024-02-29T12:00:00+05:45
// 2024-02-29T12:00:00.000001+05:45
// 12:00PM
// Feb 29 12:00:00
// Feb 29 12:00:00.000
// Feb 29 12:00:00.000001
// Feb 29 12:00:00.000001000
// 2024-02-29 12:00:00
// 2024-02-29
// 12:00:00
// 2024-02-29 12:00:00.000001 +0545 NPT | time.Date(2024, time.February, 29, 12, 0, 0, 1000, time.Location("NPT"))
// "2006"     "2007"
// "06"       "07"
// "01"       "03"
// "1"        "3"
// "Jan"      "Mar"
// "January"  "March"
// "02"       "04"
// "2"        "4"
// "_2"       " 4"
// "__2"      " 63"
// "002"      "063"
// "Mon"      "Sun"
// "Monday"   "Sunday"
// "15"       "05"
// "03"       "05"
// "3"        "5"
// "04"       "06"
// "4"        "6"
// "05"       "07"
// "5"        "7"
// "PM"       "AM"
// "pm"       "am"
// "MST"      "CET"
// "Z07:00"   "+01:00"
// "Z0700"    "+0100"
// "Z07"      "+01"
// "Z070000"  "+010000"
// "Z07:00:00" "+01:00:00"
// "-07:00"   "+01:00"
// "-0700"    "+0100"
// "-07"      "+01"
// "-070000"  "+010000"
// "-07:00:00" "+01:00:00"
// ".000"     ".089"
// ".999"     ".089"
// ",000"     ",089"
// ",999"     ",089"
// ".0"       ".0"
// ".9"       ""
// ".000000000" ".089000000"
// ".999999999" ".089"
// "05.00"    "07.08"
// "05,9"     "07"
// Sunday, March 4, 2007 at 5:06am (CET)
// Janet Monk 2007_2007  63/063 T05h06
// 04.03.2007 05:06:07.089  no elements here
// 2007-03-04T04:06:07Z Z +00:00 UTC
// 12AM 12am 00 12PM
// -0005 05 12345 45
// -0325 -03:25:15 -032515 -03
// at: 5:06AM
