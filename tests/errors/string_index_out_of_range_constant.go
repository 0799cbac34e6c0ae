package main

func main() {
	const s = "abc"
	_ = s[3]
}

// Error:
// 5:8: invalid argument: index 3 out of bounds [0:3]
