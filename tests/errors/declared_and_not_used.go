package main

func main() {
	x := 1
}

// Error:
// 4:2: declared and not used: x
