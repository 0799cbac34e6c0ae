package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(a, 5), sort.SearchInts(a, 6), sort.SearchInts(a, 100), sort.SearchInts(a, -1))
	i := sort.Search(len(a), func(i int) bool { return a[i] >= 7 })
	fmt.Println(i)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	idx, found := sort.Find(len(a), func(i int) int { return 3 - a[i] })
	fmt.Println(idx, found)
	guess := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(guess)
}

// Output:
// 2 3 5 0
// 3
// 2
// 1 true
// 8
