package main

import "fmt"

func main() {
	a := "abc"
	b := a + "def"
	a += "!"
	fmt.Println(a, b)
	fmt.Println("a" < "b", "ab" < "abc", "abc" < "abd", "B" < "a", "" < "a")
	fmt.Println("é" > "z", "x" == "x", "x" != "X")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
}

// Output:
// abc! abcdef
// true true true true true
// true true true
// abcde 5
