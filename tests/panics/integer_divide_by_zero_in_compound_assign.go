package main

func main() {
	total, n := 100, 0
	total /= n
}

// Error:
// panic: runtime error: integer divide by zero
