package main

import "fmt"

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a = iota * iota
	b
	c = "str"
	d
	e = iota + 100
	f
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T\n", MB)
}

// Output:
// 1024 1048576 1073741824 1099511627776
// 0 1 str str 104 105
// main.Size
