package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1)
}

// Error:
// 6:10: not enough arguments in call to add
// 	have (number)
// 	want (int, int)
