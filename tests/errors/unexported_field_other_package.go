package main

import "strings"

func main() {
	var b strings.Builder
	_ = b.buf
}

// Error:
// 7:8: b.buf undefined (cannot refer to unexported field buf)
