package main

func main() {
	x := nil
	_ = x
}

// Error:
// 4:7: use of untyped nil in assignment
