package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen"
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "dmr"), strings.Index(s, ""))
	fmt.Println(strings.LastIndex(s, "ken"), strings.LastIndex(s, "k"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexRune("héllo", 'l'), strings.IndexRune(s, 'z'))
	fmt.Println(strings.IndexAny(s, "xyzn"), strings.LastIndexAny(s, "ci"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'))
}

// Output:
// 4 -1 0
// 4 8
// 4 3 -1
// 6 11
// 7
// 4
