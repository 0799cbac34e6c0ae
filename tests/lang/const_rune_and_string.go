package main

import "fmt"

func main() {
	const r = '世'
	fmt.Println(r)
	fmt.Printf("%T %c %q %U\n", r, r, r, r)
	const esc = "\t\"x\"\u00e9\x41\101"
	fmt.Printf("%q %d\n", esc, len(esc))
	raw := `a\nb`
	fmt.Println(raw, len(raw))
}

// Output:
// 19990
// int32 世 '世' U+4E16
// "\t\"x\"éAA" 8
// a\nb 4
