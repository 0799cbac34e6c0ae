package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('世')
	}
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	n, err := b.Write([]byte("xyz"))
	fmt.Println(n, err, b.String())
}

// Output:
// ab-世ab-世ab-世 18
// "" 0
// 3 <nil> xyz
