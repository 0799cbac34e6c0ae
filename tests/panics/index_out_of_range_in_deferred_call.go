package main

import "fmt"

func main() {
	s := []int{1}
	defer func() {
		fmt.Println("in defer")
		_ = s[len(s)]
	}()
	fmt.Println("body")
}

// Output:
// body
// in defer
// Error:
// panic: runtime error: index out of range [1] with length 1
