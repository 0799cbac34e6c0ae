package main

import "fmt"

type Celsius float64

const Boiling Celsius = 100

func main() {
	const m = 'a' + 1
	fmt.Println(m, string(rune(m)))
	fmt.Printf("%T %v\n", Boiling/3, Boiling/3)
	const s = "hello" + ", " + "world"
	fmt.Println(s, len(s))
	const b = 3 > 2 && s != ""
	fmt.Println(b)
	const h = 0x_FF + 0o17 + 0b101 + 1_000
	fmt.Println(h)
}

// Output:
// 98 b
// main.Celsius 33.333333333333336
// hello, world 12
// true
// 1275
