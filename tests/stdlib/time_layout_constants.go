package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850)
	fmt.Println(time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen)
	fmt.Println(time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly)
}

// Output:
// 01/02 03:04:05PM '06 -0700 Mon Jan _2 15:04:05 2006 Mon Jan _2 15:04:05 MST 2006 Mon Jan 02 15:04:05 -0700 2006 02 Jan 06 15:04 MST 02 Jan 06 15:04 -0700 Monday, 02-Jan-06 15:04:05 MST
// Mon, 02 Jan 2006 15:04:05 MST Mon, 02 Jan 2006 15:04:05 -0700 2006-01-02T15:04:05Z07:00 2006-01-02T15:04:05.999999999Z07:00 3:04PM
// Jan _2 15:04:05 Jan _2 15:04:05.000 Jan _2 15:04:05.000000 Jan _2 15:04:05.000000000 2006-01-02 15:04:05 2006-01-02 15:04:05
