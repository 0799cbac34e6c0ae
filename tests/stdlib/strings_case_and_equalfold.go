package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld 123"), strings.ToLower("ÀBC Def"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	fmt.Println(strings.ToUpper("ß"), strings.ToLower("İ") == "i̇")
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}

// Output:
// HÉLLO WÖRLD 123 àbc def
// true true false
// ß false
// -1 1 0
