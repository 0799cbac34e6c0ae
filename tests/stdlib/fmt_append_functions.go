package main

import "fmt"

func main() {
	b := []byte("log: ")
	b = fmt.Appendf(b, "%d-%s", 7, "x")
	b = fmt.Append(b, " ", 1, 2)
	b = fmt.Appendln(b, " end")
	fmt.Printf("%q\n", b)
}

// Output:
// "log: 7-x 1 2 end\n"
