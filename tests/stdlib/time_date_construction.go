package main

import (
	"fmt"
	"time"
)

func main() {
	// The zero Time.
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Weekday(), z.YearDay())
	fmt.Printf("%v|%s|%#v\n", z, z, z)

	// Date normalises out-of-range fields like Go.
	fmt.Println(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, time.October, 32, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, time.February, 30, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, time.February, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2000, 1, 1, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2000, 1, 1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(2000, -25, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(1900, 3, 0, 0, 0, 0, 0, time.UTC), time.Date(2100, 3, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 12, 31, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))

	// Unix, UnixMilli, UnixMicro (printed in UTC).
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 0).UTC(), time.Unix(-1, 0).UTC())
	fmt.Println(time.Unix(1, -1).UTC(), time.Unix(0, 3e9+7).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	t := time.Date(2021, time.March, 14, 15, 9, 26, 535897932, time.UTC)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())

	// Accessors.
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond())
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Weekday(), t.YearDay())
	name, off := t.Zone()
	fmt.Println(name, off, t.Location(), t.IsDST())
	fmt.Println(time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())

	// Weekdays of well-known dates.
	for _, d := range []time.Time{
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC),
	} {
		fmt.Println(d.Format("2006-01-02"), d.Weekday())
	}

	// In a struct, a slice and a map, Time prints with its String method.
	type entry struct {
		At   time.Time
		Note string
	}
	fmt.Println(entry{t, "pi day"})
	fmt.Printf("%+v\n", entry{t, "pi day"})
	fmt.Println([]time.Time{z, t})
	fmt.Println(map[string]time.Time{"t": t})
	fmt.Printf("%q %20.10s|\n", t, t)

	// Date panics without a Location.
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
}

// Output:
// 0001-01-01 00:00:00 +0000 UTC true -62135596800 Monday 1
// 0001-01-01 00:00:00 +0000 UTC|0001-01-01 00:00:00 +0000 UTC|time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
// 2009-11-10 23:00:00 +0000 UTC
// 2023-11-01 00:00:00 +0000 UTC
// 2024-01-01 00:00:00 +0000 UTC
// 2022-11-30 00:00:00 +0000 UTC
// 2024-03-01 00:00:00 +0000 UTC
// 2023-03-01 00:00:00 +0000 UTC
// 2000-01-02 02:02:02.000000005 +0000 UTC
// 1999-12-31 22:58:58.999999999 +0000 UTC
// 1997-11-01 00:00:00 +0000 UTC
// 1900-02-28 00:00:00 +0000 UTC 2100-02-28 00:00:00 +0000 UTC
// 0000-01-01 00:00:00 +0000 UTC -0001-12-31 00:00:00 +0000 UTC
// 10000-01-01 00:00:00 +0000 UTC
// 1970-01-01 00:00:00 +0000 UTC 2001-09-09 01:46:40 +0000 UTC 1969-12-31 23:59:59 +0000 UTC
// 1970-01-01 00:00:00.999999999 +0000 UTC 1970-01-01 00:00:03.000000007 +0000 UTC 1969-12-31 23:59:59.999999999 +0000 UTC
// 2023-11-14 22:13:20.123 +0000 UTC 1969-12-31 23:59:59.999999 +0000 UTC
// 1615734566 1615734566535 1615734566535897 1615734566535897932
// 2021 March 14 15 9 26 535897932
// 2021 March 14 15 9 26 Sunday 73
// UTC 0 UTC false
// 366 365
// 0001-01-01 Monday
// 1970-01-01 Thursday
// 2000-02-29 Tuesday
// -0044-03-15 Thursday
// {2021-03-14 15:09:26.535897932 +0000 UTC pi day}
// {At:2021-03-14 15:09:26.535897932 +0000 UTC Note:pi day}
// [0001-01-01 00:00:00 +0000 UTC 2021-03-14 15:09:26.535897932 +0000 UTC]
// map[t:2021-03-14 15:09:26.535897932 +0000 UTC]
// "2021-03-14 15:09:26.535897932 +0000 UTC"           2021-03-14|
// recovered: time: missing Location in call to Date
