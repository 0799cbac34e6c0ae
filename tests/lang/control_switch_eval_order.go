package main

import "fmt"

func val(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	switch val("tag", 2) {
	case val("a", 1), val("b", 2), val("c", 3):
		fmt.Println("matched first case")
	case val("d", 2):
		fmt.Println("second")
	}
	switch s := "go"; s + "!" {
	case "go!":
		fmt.Println("yes")
	}
}

// Output:
// eval tag
// eval a
// eval b
// matched first case
// yes
