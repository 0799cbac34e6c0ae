package main

const Pi = 3.14

func main() {
	Pi = 3
}

// Error:
// 6:2: cannot assign to Pi (neither addressable nor a map index expression)
