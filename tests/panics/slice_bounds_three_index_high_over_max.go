package main

func main() {
	s := make([]int, 3, 5)
	j, k := 4, 3
	_ = s[0:j:k]
}

// Error:
// panic: runtime error: slice bounds out of range [:4:3]
