package main

func main() {
	s := "hello"
	s[0] = 'H'
}

// Error:
// 5:2: cannot assign to s[0] (neither addressable nor a map index expression)
