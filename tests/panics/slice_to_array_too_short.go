package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[2]int)(s[3:])
	fmt.Println(*p)
	a := [4]int(s[2:])
	fmt.Println(a)
}

// Output:
// [4 5]
// Error:
// panic: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
