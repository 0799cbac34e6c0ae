package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500 * time.Millisecond)
	fmt.Println(time.Duration(0), time.Nanosecond, 1500*time.Nanosecond, 2*time.Microsecond)
	fmt.Println(90*time.Minute, 36*time.Hour+time.Second, -2*time.Second)
	fmt.Println(time.Duration(1<<63 - 1))
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, time.Minute, time.Second)
	fmt.Println(time.Duration(1.5*float64(time.Second)), (-d).Abs() == d)
}

// Output:
// 1.5s
// 0s 1ns 1.5µs 2µs
// 1h30m0s 36h0m1s -2s
// 2562047h47m16.854775807s
// 3h25m45.5s 3.4293055555555556 205.75833333333333 12345.5 12345500
// 3h0m0s 3h0m0s 3h26m0s
// 1s 1000000000 1m0s time.Duration
// 1.5s true
