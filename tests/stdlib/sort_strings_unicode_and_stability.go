package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	ss := []string{"éclair", "zebra", "Zebra", "apple", "", "äpfel", "b"}
	sort.Strings(ss)
	fmt.Printf("%q\n", ss)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	fs := []float64{3, -0.5, 2, 10}
	sort.Sort(sort.Reverse(sort.Float64Slice(fs)))
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	ks := sort.StringSlice{"c", "a", "b"}
	ks.Sort()
	fmt.Println(ks, ks.Search("b"))
}

// Output:
// ["" "Zebra" "apple" "b" "zebra" "äpfel" "éclair"]
// [the fox the dog over lazy quick brown jumps]
// [10 3 2 -0.5] false
// [a b c] 1
