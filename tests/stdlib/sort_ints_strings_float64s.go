package main

import (
	"fmt"
	"sort"
)

func main() {
	is := []int{5, 2, 8, -1, 2}
	sort.Ints(is)
	fmt.Println(is, sort.IntsAreSorted(is))
	ss := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(ss)
	fmt.Println(ss)
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	sort.Sort(sort.Reverse(sort.IntSlice(is)))
	fmt.Println(is)
}

// Output:
// [-1 2 2 5 8] true
// [Apple apple banana cherry]
// [-1 0 2.5 3.25]
// [8 5 2 2 -1]
