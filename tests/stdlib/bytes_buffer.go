package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.String())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.Len())
	line, err := bytes.NewBufferString("a\nb").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b.Truncate(3)
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	nb := bytes.NewBuffer([]byte("xyz"))
	fmt.Println(string(nb.Next(2)), nb.String())
}

// Output:
// hello world!✓ 15
// 5 <nil> hello  world!✓
//   9
// "a\n" <nil>
// wor
// 0 true
// xy z
