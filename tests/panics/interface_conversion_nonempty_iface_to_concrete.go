package main

import "fmt"

type S string

func (s S) String() string { return string(s) }

func main() {
	var st fmt.Stringer = S("x")
	_ = st.(*S)
}

// Error:
// panic: interface conversion: fmt.Stringer is main.S, not *main.S
