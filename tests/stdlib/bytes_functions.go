package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, World")
	fmt.Println(bytes.Equal(a, []byte("Hello, World")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Contains(a, []byte("World")))
	fmt.Println(bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")), bytes.IndexByte(a, 'W'))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y ")))
	fmt.Println(string(bytes.ToUpper(a)), string(bytes.TrimSpace([]byte("  t  "))))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("x")))
	fmt.Println(string(bytes.ReplaceAll(a, []byte("l"), []byte("L"))), string(bytes.Repeat([]byte("ab"), 2)))
	fmt.Println(bytes.Count(a, []byte("l")))
}

// Output:
// true true
// -1 true
// 4 8 7
// ["a" "b" "c"]
// ["x" "y"]
// HELLO, WORLD t
// 1+2
// true false
// HeLLo, WorLd abab
// 3
