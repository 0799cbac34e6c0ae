package main

import "fmt"

func a(s []int) int { return b(s, 3) }
func b(s []int, i int) int {
	return s[i] * 2
}

func main() {
	fmt.Println(a([]int{1, 2, 3, 4}))
	fmt.Println(a([]int{1}))
}

// Output:
// 8
// Error:
// panic: runtime error: index out of range [3] with length 1
