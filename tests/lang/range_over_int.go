package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println("|")
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	type N int8
	var lim N = 3
	for i := range lim {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println("|")
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
}

// Output:
// 0123|
// 5
// main.N0 main.N1 main.N2 |
