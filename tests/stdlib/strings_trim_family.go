package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n hi there \r\n"))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("aabbaa", "a"))
	fmt.Printf("%q\n", strings.TrimRight("aabbaa", "a"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	s, ok := strings.CutPrefix("v1.2", "v")
	fmt.Println(s, ok)
}

// Output:
// "hi there"
// "hi"
// "bbaa"
// "aabb"
// "body"
// "body"
// "file.tar"
// "abc"
// 1.2 true
