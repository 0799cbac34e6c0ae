package main

import "fmt"

func main() {
	s := "abc"
	n := len(s)
	fmt.Println(s[n])
}

// Error:
// panic: runtime error: index out of range [3] with length 3
