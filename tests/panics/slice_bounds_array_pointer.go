package main

func main() {
	a := [3]int{}
	p := &a
	lo := 4
	_ = p[lo:]
}

// Error:
// panic: runtime error: slice bounds out of range [4:3]
