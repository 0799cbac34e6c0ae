package main

import "fmt"

var total = sum()

var items = []int{1, 2, 3, base}

var base = 10

func sum() int {
	t := 0
	for _, v := range items {
		t += v
	}
	return t
}

func main() {
	fmt.Println(total, items)
}

// Output:
// 16 [1 2 3 10]
