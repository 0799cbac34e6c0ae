package main

import "fmt"

func main() {
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("c", i, " ") }()
			defer fmt.Print("a", i, " ")
		}
	}()
	fmt.Println("|")
	x := 10
	func() {
		defer func(v int) { fmt.Println("arg", v, "captured", x) }(x)
		x = 20
	}()
}

// Output:
// a2 c2 a1 c1 a0 c0 |
// arg 10 captured 20
