package main

import "fmt"

type T struct{}

func (T) String() string { return "T!" }

var _ fmt.Stringer = T{}

var _ = initSideEffect()

func initSideEffect() int {
	fmt.Println("side effect ran")
	return 0
}

func two() (int, int) { return 1, 2 }

func main() {
	_, b := two()
	_ = b
	for _, c := range "ab" {
		_ = c
	}
	var _ int = 5
	fmt.Println(b, T{})
}

// Output:
// side effect ran
// 2 T!
