package main

import "fmt"

type T struct{ N int }

func main() {
	arr := [3]T{{1}, {2}, {3}}
	for _, t := range arr {
		t.N *= 10
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].N *= 10
	}
	fmt.Println(arr)
	for i, t := range arr {
		arr[2].N = 0
		fmt.Print(" ", i, t.N)
	}
	fmt.Println()
}

// Output:
// [{1} {2} {3}]
// [{10} {20} {30}]
//  0 10 1 20 2 30
