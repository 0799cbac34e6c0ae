package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.3s|%q\n", s, s, s, s, s)
	fmt.Printf("%x|%X|% x|%#x\n", s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#q\n", "tab\there", "héllo", "raw", "back`tick")
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%5.2s|%-5.1s|\n", "abc", "xyz")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
}

// Output:
// hello|     hello|hello     |hel|"hello"
// 68656c6c6f|68656C6C6F|68 65 6c 6c 6f|0x68656c6c6f
// "tab\there"|"h\u00e9llo"|`raw`|"back`tick"
// bytes|[97 98]|"q"
//    ab|x    |
// Go!
