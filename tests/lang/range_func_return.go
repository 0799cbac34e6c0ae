package main

import (
	"errors"
	"fmt"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(n, want int) (int, error) {
	for i := range seq(n) {
		if i == want {
			return i * 100, nil
		}
	}
	return -1, errors.New("not found")
}

func named(n int) (total int) {
	for i := range seq(n) {
		total += i
		if total > 5 {
			return
		}
	}
	return total * 1000
}

func firstPair() [2]int {
	for i := range seq(5) {
		if i == 2 {
			return [2]int{i, i * i}
		}
	}
	return [2]int{}
}

func describe(n int) string {
	for i := range seq(n) {
		for j := range seq(n) {
			if i+j == 3 {
				return fmt.Sprint("found ", i, "+", j)
			}
		}
	}
	return "none"
}

func main() {
	fmt.Println(find(5, 3))
	fmt.Println(find(2, 3))
	fmt.Println(named(10))
	fmt.Println(named(2))
	fmt.Println(firstPair())
	fmt.Println(describe(3))
	fmt.Println(describe(1))
}

// Output:
//   iterator cleanup
// 300 <nil>
//   iterator cleanup
// -1 not found
//   iterator cleanup
// 6
//   iterator cleanup
// 1000
//   iterator cleanup
// [2 4]
//   iterator cleanup
//   iterator cleanup
//   iterator cleanup
// found 1+2
//   iterator cleanup
//   iterator cleanup
// none
