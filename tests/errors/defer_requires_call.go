package main

func main() {
	defer recover
}

// Error:
// 4:8: expression in defer must be function call
