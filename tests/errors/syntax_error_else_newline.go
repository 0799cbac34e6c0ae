package main

func main() {
	if true {
	}
	else {
	}
}

// Error:
// 6:2: syntax error: unexpected keyword else, expected }
