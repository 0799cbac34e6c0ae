package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	q := &s[0]
	s = append(s, 4)
	*q = 100
	fmt.Println(s[0], *q)
	pa := &arr
	pa[2] = 30
	fmt.Println(arr, len(pa))
	for i := range pa {
		pa[i]++
	}
	fmt.Println(arr)
}

// Output:
// [1 20 3]
// 1 100
// [1 20 30] 3
// [2 21 31]
