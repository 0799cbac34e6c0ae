package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d+%d=%d", 1, 2, 3)
	fmt.Fprint(&sb, " ok", 1)
	fmt.Fprintln(&sb, " end")
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	var buf bytes.Buffer
	n, err := fmt.Fprintf(&buf, "héllo %s", "world")
	fmt.Println(n, err, buf.String())
	buf.WriteString("!")
	fmt.Println(buf.Len(), buf.String())
}

// Output:
// "1+2=3 ok1 end\n" 14
// 12 <nil> héllo world
// 13 héllo world!
