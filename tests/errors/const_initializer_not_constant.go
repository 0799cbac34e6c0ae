package main

func f() int { return 1 }

const C = f()

func main() {}

// Error:
// 5:11: f() (value of type int) is not constant
