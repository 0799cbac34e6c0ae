package main

import "fmt"

func main() {
	s := "Añb"
	bytesSeen := 0
	for i := 0; i < len(s); i++ {
		bytesSeen++
	}
	runesSeen := 0
	for range s {
		runesSeen++
	}
	fmt.Println(bytesSeen, runesSeen)
	b := s[1]
	fmt.Printf("%d %x %c %T\n", b, b, b, b)
	fmt.Println(s[1:3] == "ñ", string(s[1]) == "ñ")
	fmt.Println(s + string(s[0]))
}

// Output:
// 4 3
// 195 c3 Ã uint8
// true false
// AñbA
