package main

func main() {
	s := "hello"
	i := 4
	_ = s[i:2]
}

// Error:
// panic: runtime error: slice bounds out of range [4:2]
