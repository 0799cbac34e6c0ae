package main

import "fmt"

func main() {
	i := 0
	s := []int{10, 20, 30}
	i, s[i] = 1, 99
	fmt.Println(i, s)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	x := []int{1, 2, 3}
	j := 0
	j, x[j] = x[j], 100
	fmt.Println(j, x)
}

// Output:
// 1 [99 20 30]
// 3 1 2
// 1 [100 2 3]
