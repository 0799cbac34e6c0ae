package main

import "fmt"

type Named string
type Num float32

func main() {
	fmt.Println(Named("n"), Num(1.5), uint8(255), int64(-1), uintptr(10))
	fmt.Println(float32(3.4028235e38), complex64(1+2i), 'x', "x")
	fmt.Println([]Named{"a"}, map[Named]Num{"k": 2})
	fmt.Println(struct {
		N Named
		F Num
	}{"s", 0.25})
	fmt.Println(true && false, !true, 7 > 3)
}

// Output:
// n 1.5 255 -1 10
// 3.4028235e+38 (1+2i) 120 x
// [a] map[k:2]
// {s 0.25}
// false false true
