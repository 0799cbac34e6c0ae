package main

import "fmt"

func main() {
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		x = 10
		fmt.Println(x)
	}
	switch s := "b"; s {
	}
	var c byte = 'q'
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
}

// Output:
// two
// 10
// consonant q
