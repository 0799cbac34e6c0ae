package main

func main() {
	x := 5
	_ = *x
}

// Error:
// 5:7: invalid operation: cannot indirect x (variable of type int)
