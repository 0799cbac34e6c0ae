package main

import "fmt"

func main() {
	m := map[float64]string{0.5: "half", 1: "one"}
	m[-0.0] = "zero"
	fmt.Println(m[0], m)
	b := map[bool]int{}
	b[true]++
	b[1 > 2]++
	b[true]++
	fmt.Println(b)
}

// Output:
// zero map[0:zero 0.5:half 1:one]
// map[false:1 true:2]
