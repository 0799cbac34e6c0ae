package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := (*[2]int)(s[2:])
	fmt.Println(p)
}

// Error:
// panic: runtime error: cannot convert slice with length 1 to array or pointer to array with length 2
