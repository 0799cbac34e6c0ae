package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(" ", s[i])
	}
	fmt.Println()
	fmt.Printf("%T %c %v\n", s[0], s[0], s[1])
	fmt.Println(s[1:3], s[3:], s[:0] == "")
}

// Output:
// 6
//  104 195 169 108 108 111
// uint8 h 195
// é llo true
