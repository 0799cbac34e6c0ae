package main

import "fmt"

const third = 1.0 / 3

func main() {
	const x = 10 / 4
	const y = 10 / 4.0
	const z = 3.0
	var i int = z
	fmt.Println(x, y, i)
	fmt.Println(third * 3)
	fmt.Println(third*3 == 1)
	var f float32 = third
	fmt.Println(f)
	fmt.Printf("%T %T %T\n", x, y, 'a')
}

// Output:
// 2 2.5 3
// 1
// true
// 0.33333334
// int float64 int32
