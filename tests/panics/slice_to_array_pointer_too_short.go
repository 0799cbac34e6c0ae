package main

func main() {
	s := make([]byte, 3)
	_ = (*[4]byte)(s)
}

// Error:
// panic: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
