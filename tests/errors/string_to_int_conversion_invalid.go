package main

func main() {
	s := "12"
	_ = int(s)
}

// Error:
// 5:10: cannot convert s (variable of type string) to type int
