package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"])
	m["a"] = 1
}

// Output:
// 0
// Error:
// panic: assignment to entry in nil map
