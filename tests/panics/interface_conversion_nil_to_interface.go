package main

import "fmt"

func main() {
	var e error
	_ = e.(fmt.Stringer)
}

// Error:
// panic: interface conversion: interface is nil, not fmt.Stringer
