package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a\u00a0b\u2003c\u3000d"
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.ToUpper("ǆ"), strings.ToLower("ǅ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.TrimSpace("\u00a0\u2000x\u2000"), len(strings.TrimSpace("\u200bx")))
	fmt.Println(strings.ToUpper("\xffa"), strings.EqualFold("ǅ", "ǆ"))
	fmt.Println(strings.Count("ababab", "aba"), strings.Index("aaa", "aa"))
}

// Output:
// ["a" "b" "c" "d"]
// Ǆ ǆ ǅ
// x 4
// �A true
// 1 0
