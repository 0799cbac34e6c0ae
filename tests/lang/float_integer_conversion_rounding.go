package main

import "fmt"

func main() {
	var big int64 = 1<<53 + 1
	f := float64(big)
	fmt.Println(int64(f), f)
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	var i32 int32 = 16777217
	fmt.Println(float32(i32), int32(float32(i32)))
	x := 0.1
	fmt.Println(x*3, float32(x)*3)
	n9, p9, q := -0.9, 0.9, 255.9
	fmt.Println(int(n9), int(p9), uint8(int(q)))
}

// Output:
// 9007199254740992 9.007199254740992e+15
// 1.8446744073709552e+19 1.8446744e+19
// 1.6777216e+07 16777216
// 0.30000000000000004 0.3
// 0 0 255
