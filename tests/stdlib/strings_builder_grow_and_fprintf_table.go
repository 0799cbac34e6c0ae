package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.Grow(64)
	rows := [][2]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, r := range rows {
		fmt.Fprintf(&b, "%-8s%4s\n", r[0], r[1])
	}
	fmt.Print(b.String())
	fmt.Println(b.Len())
}

// Output:
// name     qty
// apple      3
// kiwi      12
// 39
