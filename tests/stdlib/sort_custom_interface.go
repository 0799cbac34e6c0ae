package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	words := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(words)
	fmt.Println(words)
	fmt.Println(sort.IsSorted(words))
	data := byLen{"xx", "y", "zzz"}
	sort.Sort(data)
	fmt.Println(data)
}

// Output:
// [a e bb ccc dddd]
// true
// [y xx zzz]
