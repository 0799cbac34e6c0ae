package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("abc")
	fmt.Println(r.Len())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len())
	fmt.Println(strings.Clone("x"), strings.ToTitle("go"))
	lines := strings.Split(strings.TrimSpace("l1\nl2\nl3\n"), "\n")
	for i, l := range lines {
		fmt.Println(i, l)
	}
	fmt.Println(strings.Index("日本語", "語"), strings.IndexByte("日本語", 0xe8))
}

// Output:
// 3
// a 2
// x GO
// 0 l1
// 1 l2
// 2 l3
// 6 6
