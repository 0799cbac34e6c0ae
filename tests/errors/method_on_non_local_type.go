package main

func (i int) Double() int { return i * 2 }

func main() {}

// Error:
// 3:9: cannot define new methods on non-local type int
