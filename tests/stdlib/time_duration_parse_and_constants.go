package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h30m", "1.5s", "300ms", "-2h45m", "1us", "1µs", "bad", ""} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	fmt.Println(int64(time.Hour), time.Minute/time.Second)
	fmt.Println(time.March, time.Saturday, time.Month(13))
	fmt.Println(time.RFC3339, time.Kitchen)
}

// Output:
// 1h30m0s <nil>
// 1.5s <nil>
// 300ms <nil>
// -2h45m0s <nil>
// 1µs <nil>
// 1µs <nil>
// 0s time: invalid duration "bad"
// 0s time: invalid duration ""
// 3600000000000 60ns
// March Saturday %!Month(13)
// 2006-01-02T15:04:05Z07:00 3:04PM
