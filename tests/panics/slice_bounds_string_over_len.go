package main

func main() {
	s := "hello"
	j := 10
	_ = s[2:j]
}

// Error:
// panic: runtime error: slice bounds out of range [:10] with length 5
