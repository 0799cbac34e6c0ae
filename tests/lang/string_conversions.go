package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, len(b))
	fmt.Println(r, len(r))
	b[0] = 'H'
	fmt.Println(s, string(b), string(r[1:3]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	var x byte = 'z'
	fmt.Println(string(x), string([]byte{}), string([]rune(nil)) == "")
}

// Output:
// [104 195 169 108 108 111] 6
// [104 233 108 108 111] 5
// héllo Héllo él
// A 世 � �
// z  true
