package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func pair() (string, error) { return strconv.Itoa(5), nil }

func sum2(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 4))
	fmt.Println(sum2(divmod(20, 6)))
	s, err := pair()
	fmt.Println(s, err)
	_, r2 := divmod(7, 3)
	fmt.Println(r2)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}

// Output:
// 3 2
// 2 1
// 5
// 5 <nil>
// 1
// 2 1
