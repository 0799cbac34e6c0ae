package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsRune("abc", 'z'))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("go", "golang"))
	fmt.Println(strings.HasSuffix("main.go", ".go"), strings.HasSuffix("x", ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.ContainsFunc("abc1", func(r rune) bool { return r == '1' }))
}

// Output:
// true true false
// true false
// true false
// true false
// true true
// 3 5
// true
