package main

func main() {
	a, b := 1, 2
	var c string
	_ = a
}

// Error:
// 4:5: declared and not used: b
// 5:6: declared and not used: c
