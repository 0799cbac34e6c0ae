package main

import (
	"fmt"
	"time"
)

func main() {
	timeout := 2 * time.Second
	elapsed := 750 * time.Millisecond
	fmt.Println(timeout-elapsed, elapsed > timeout/2, timeout/3)
	var total time.Duration
	for _, d := range []time.Duration{time.Second, time.Minute, time.Hour} {
		total += d
	}
	fmt.Println(total, total.Seconds(), int64(total))
	fmt.Println(time.Duration(123456789), time.Duration(999), time.Duration(1000000))
	fmt.Println(time.Duration(-1), time.Duration(1)*time.Microsecond+1)
	fmt.Printf("%.3f %v\n", (90 * time.Second).Minutes(), (1500 * time.Microsecond).Microseconds())
	fmt.Println(time.Duration(1<<63-1).Hours() > 2e6, time.Duration(-1<<63))
}

// Output:
// 1.25s false 666.666666ms
// 1h1m1s 3661 3661000000000
// 123.456789ms 999ns 1ms
// -1ns 1.001µs
// 1.500 1500
// true -2562047h47m16.854775808s
