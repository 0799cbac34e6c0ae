package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2024, 1, 2, 3, 4, 5, 600, time.UTC),
		time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("A", -59)),
		time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("A", 24*3600)),
		time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("A", -24*3600+1)),
		time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("A", -24*3600)),
		time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("A", 100*3600)),
		time.Date(10000, 1, 2, 3, 4, 5, 0, time.UTC),
		time.Date(-1, 1, 2, 3, 4, 5, 0, time.UTC),
		{},
	} {
		b, err := t.MarshalText()
		fmt.Printf("%q %v\n", b, err)
		b, err = t.MarshalJSON()
		fmt.Printf("%q %v\n", b, err)
		b, err = t.AppendText([]byte("x"))
		fmt.Printf("%q %v\n", b, err)
		s, e := t.ZoneBounds()
		fmt.Println(s.IsZero(), e.IsZero())
	}
	for _, in := range []string{`null`, `"2024-01-02T03:04:05Z"`, `"2024-01-02T03:04:05.5+01:00"`, `2024`, `"x"`, `"`, `""`, `"2024-01-02 03:04:05Z"`} {
		var t time.Time
		err := t.UnmarshalJSON([]byte(in))
		fmt.Println(t, err)
		err = t.UnmarshalText([]byte(in))
		fmt.Println(t, err)
	}
}

// Output:
// "2024-01-02T03:04:05.0000006Z" <nil>
// "\"2024-01-02T03:04:05.0000006Z\"" <nil>
// "x2024-01-02T03:04:05.0000006Z" <nil>
// true true
// "2024-01-02T03:04:05+00:00" <nil>
// "\"2024-01-02T03:04:05+00:00\"" <nil>
// "x2024-01-02T03:04:05+00:00" <nil>
// true true
// "" Time.MarshalText: timezone hour outside of range [0,23]
// "" Time.MarshalJSON: timezone hour outside of range [0,23]
// "" Time.AppendText: timezone hour outside of range [0,23]
// true true
// "2024-01-02T03:04:05-23:59" <nil>
// "\"2024-01-02T03:04:05-23:59\"" <nil>
// "x2024-01-02T03:04:05-23:59" <nil>
// true true
// "" Time.MarshalText: timezone hour outside of range [0,23]
// "" Time.MarshalJSON: timezone hour outside of range [0,23]
// "" Time.AppendText: timezone hour outside of range [0,23]
// true true
// "" Time.MarshalText: timezone hour outside of range [0,23]
// "" Time.MarshalJSON: timezone hour outside of range [0,23]
// "" Time.AppendText: timezone hour outside of range [0,23]
// true true
// "" Time.MarshalText: year outside of range [0,9999]
// "" Time.MarshalJSON: year outside of range [0,9999]
// "" Time.AppendText: year outside of range [0,9999]
// true true
// "" Time.MarshalText: year outside of range [0,9999]
// "" Time.MarshalJSON: year outside of range [0,9999]
// "" Time.AppendText: year outside of range [0,9999]
// true true
// "0001-01-01T00:00:00Z" <nil>
// "\"0001-01-01T00:00:00Z\"" <nil>
// "x0001-01-01T00:00:00Z" <nil>
// true true
// 0001-01-01 00:00:00 +0000 UTC <nil>
// 0001-01-01 00:00:00 +0000 UTC parsing time "null" as "2006-01-02T15:04:05Z07:00": cannot parse "null" as "2006"
// 2024-01-02 03:04:05 +0000 UTC <nil>
// 0001-01-01 00:00:00 +0000 UTC parsing time "\"2024-01-02T03:04:05Z\"" as "2006-01-02T15:04:05Z07:00": cannot parse "\"2024-01-02T03:04:05Z\"" as "2006"
// 2024-01-02 03:04:05.5 +0100 +0100 <nil>
// 0001-01-01 00:00:00 +0000 UTC parsing time "\"2024-01-02T03:04:05.5+01:00\"" as "2006-01-02T15:04:05Z07:00": cannot parse "\"2024-01-02T03:04:05.5+01:00\"" as "2006"
// 0001-01-01 00:00:00 +0000 UTC Time.UnmarshalJSON: input is not a JSON string
// 0001-01-01 00:00:00 +0000 UTC parsing time "2024" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "-"
// 0001-01-01 00:00:00 +0000 UTC parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"
// 0001-01-01 00:00:00 +0000 UTC parsing time "\"x\"" as "2006-01-02T15:04:05Z07:00": cannot parse "\"x\"" as "2006"
// 0001-01-01 00:00:00 +0000 UTC Time.UnmarshalJSON: input is not a JSON string
// 0001-01-01 00:00:00 +0000 UTC parsing time "\"" as "2006-01-02T15:04:05Z07:00": cannot parse "\"" as "2006"
// 0001-01-01 00:00:00 +0000 UTC parsing time "" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "2006"
// 0001-01-01 00:00:00 +0000 UTC parsing time "\"\"" as "2006-01-02T15:04:05Z07:00": cannot parse "\"\"" as "2006"
// 0001-01-01 00:00:00 +0000 UTC parsing time "2024-01-02 03:04:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 03:04:05Z" as "T"
// 0001-01-01 00:00:00 +0000 UTC parsing time "\"2024-01-02 03:04:05Z\"" as "2006-01-02T15:04:05Z07:00": cannot parse "\"2024-01-02 03:04:05Z\"" as "2006"
