package main

func main() {
	b := true
	_ = int(b)
}

// Error:
// 5:10: cannot convert b (variable of type bool) to type int
