package main

func f(xs ...int, s string) {}

func main() {}

// Error:
// 3:11: can only use ... with final parameter
