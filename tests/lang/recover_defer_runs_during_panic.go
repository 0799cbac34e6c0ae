package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding", n)
	if n == 3 {
		panic("deep")
	}
	level(n + 1)
}

func main() {
	defer func() {
		fmt.Println("got", recover())
	}()
	level(1)
}

// Output:
// unwinding 3
// unwinding 2
// unwinding 1
// got deep
