package main

import "fmt"

func main() {
	fmt.Printline("x")
}

// Error:
// 6:6: undefined: fmt.Printline
