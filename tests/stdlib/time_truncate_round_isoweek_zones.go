package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Second, 1234567 * time.Nanosecond} {
		fmt.Printf("%-12v %s | %s\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	// Halfway rounds up; Truncate and Round work on the absolute time, not the zone's clock.
	half := time.Date(2000, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(half.Round(time.Second), half.Add(-time.Nanosecond).Round(time.Second))
	ist := time.Date(2000, 1, 1, 10, 50, 0, 0, time.FixedZone("IST", 5*3600+30*60))
	fmt.Println(ist.Truncate(time.Hour), ist.Round(time.Hour), ist.Truncate(24*time.Hour))
	old := time.Date(-100, 6, 15, 13, 0, 0, 0, time.UTC)
	fmt.Println(old.Truncate(time.Hour*24), old.Round(time.Hour*24))

	// ISOWeek around year boundaries.
	for _, d := range []time.Time{
		time.Date(2004, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2005, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2005, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2009, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2010, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC),
	} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format("Mon 2006-01-02"), y, w)
	}

	// Fixed zones: the same instant shown in several zones.
	at := time.Date(2024, 1, 1, 0, 30, 0, 0, time.UTC)
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("NPT", 5*3600+45*60),
		time.FixedZone("", 14*3600), time.FixedZone("X", -90)} {
		in := at.In(loc)
		name, off := in.Zone()
		y, m, d := in.Date()
		fmt.Printf("%-8s %v | %q %d | %d %v %d %d | %v\n", loc, in, name, off, y, m, d, in.Hour(), in.Equal(at))
	}
	fmt.Println(time.UTC, time.UTC.String(), time.FixedZone("ABC", 1).String())
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err)
	l, err = time.LoadLocation("")
	fmt.Println(l, err)
	fmt.Println(at.In(time.FixedZone("EST", -5*3600)).UTC(), at.In(time.FixedZone("EST", -5*3600)).Location())

	defer func() { fmt.Println("recovered:", recover()) }()
	at.In(nil)
}

// Output:
// 1ns          2012-12-07T12:15:30.918273645Z | 2012-12-07T12:15:30.918273645Z
// 1µs          2012-12-07T12:15:30.918273Z | 2012-12-07T12:15:30.918274Z
// 1ms          2012-12-07T12:15:30.918Z | 2012-12-07T12:15:30.918Z
// 1s           2012-12-07T12:15:30Z | 2012-12-07T12:15:31Z
// 2s           2012-12-07T12:15:30Z | 2012-12-07T12:15:30Z
// 1m0s         2012-12-07T12:15:00Z | 2012-12-07T12:16:00Z
// 10m0s        2012-12-07T12:10:00Z | 2012-12-07T12:20:00Z
// 1h0m0s       2012-12-07T12:00:00Z | 2012-12-07T12:00:00Z
// 24h0m0s      2012-12-07T00:00:00Z | 2012-12-08T00:00:00Z
// 168h0m0s     2012-12-03T00:00:00Z | 2012-12-10T00:00:00Z
// 0s           2012-12-07T12:15:30.918273645Z | 2012-12-07T12:15:30.918273645Z
// -1s          2012-12-07T12:15:30.918273645Z | 2012-12-07T12:15:30.918273645Z
// 1.234567ms   2012-12-07T12:15:30.917488897Z | 2012-12-07T12:15:30.918723464Z
// 2000-01-01 00:00:01 +0000 UTC 2000-01-01 00:00:00 +0000 UTC
// 2000-01-01 10:30:00 +0530 IST 2000-01-01 10:30:00 +0530 IST 2000-01-01 05:30:00 +0530 IST
// -0100-06-15 00:00:00 +0000 UTC -0100-06-16 00:00:00 +0000 UTC
// Fri 2004-12-31 2004 53
// Sat 2005-01-01 2004 53
// Sun 2005-01-02 2004 53
// Mon 2005-01-03 2005 1
// Mon 2008-12-29 2009 1
// Thu 2009-12-31 2009 53
// Sun 2010-01-03 2009 53
// Thu 2020-12-31 2020 53
// Mon 2026-06-15 2026 25
// UTC      2024-01-01 00:30:00 +0000 UTC | "UTC" 0 | 2024 January 1 0 | true
// EST      2023-12-31 19:30:00 -0500 EST | "EST" -18000 | 2023 December 31 19 | true
// NPT      2024-01-01 06:15:00 +0545 NPT | "NPT" 20700 | 2024 January 1 6 | true
//          2024-01-01 14:30:00 +1400 +1400 | "" 50400 | 2024 January 1 14 | true
// X        2024-01-01 00:28:30 -0001 X | "X" -90 | 2024 January 1 0 | true
// UTC UTC ABC
// UTC <nil>
// UTC <nil>
// 2024-01-01 00:30:00 +0000 UTC EST
// recovered: time: missing Location in call to Time.In
