package main

func main() {
	x := 1
	if x {
	}
}

// Error:
// 5:5: non-boolean condition in if statement
