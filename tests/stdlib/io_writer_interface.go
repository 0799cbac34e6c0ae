package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var sb strings.Builder
	w := upper{&sb}
	fmt.Fprintf(w, "hello %d\n", 42)
	io.WriteString(w, "more")
	fmt.Printf("%q\n", sb.String())
	c := &counter{}
	var w2 io.Writer = c
	fmt.Fprint(w2, "xyz", 12)
	io.WriteString(w2, "ab")
	fmt.Println(c.n, sb.Len())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF)
	fmt.Fprintln(io.Discard, "gone")
}

// Output:
// "HELLO 42\nMORE"
// 7 13
// EOF unexpected EOF
