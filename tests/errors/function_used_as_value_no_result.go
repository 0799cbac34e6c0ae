package main

func nothing() {}

func main() {
	x := nothing()
	_ = x
}

// Error:
// 6:7: nothing() (no value) used as value
