package main

import "fmt"

func main() {
	fmt.Printf("%q %q %q\n", '\n', '\'', '"')
	fmt.Printf("%q %+q\n", "日本\x00", "日本")
	fmt.Printf("%U %#U\n", '⌘', '⌘')
	fmt.Printf("%x %X\n", "日本", "hi")
	fmt.Printf("%c|%5c|%-3c|\n", 'é', 'x', 'y')
	fmt.Printf("%q\n", []rune("ab"))
	fmt.Printf("%v %d %c\n", '0', '0', 48)
	fmt.Printf("%q\n", 0x110000)
}

// Output:
// '\n' '\'' '"'
// "日本\x00" "\u65e5\u672c"
// U+2318 U+2318 '⌘'
// e697a5e69cac 6869
// é|    x|y  |
// ['a' 'b']
// 48 48 0
// '�'
