package main

import "strings"

func main() {
	var b strings.Builder
	b.grow(10)
}

// Error:
// 7:4: b.grow undefined (cannot refer to unexported method grow)
