package main

import "fmt"

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
	TiB
	PiB
	EiB
	ZiB
	YiB
)

func main() {
	fmt.Println(YiB/ZiB, ZiB/EiB)
	fmt.Println(EiB / 2)
	var f float64 = YiB
	fmt.Println(f)
	const huge = 1e1000
	fmt.Println(huge / 1e999)
}

// Output:
// 1024 1024
// 576460752303423488
// 1.2089258196146292e+24
// 10
