package main

func main() {
	x := 1
	x + 2
}

// Error:
// 5:2: x + 2 (value of type int) is not used
