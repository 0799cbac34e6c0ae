package main

func (p *int) Inc() { *p++ }

func main() {}

// Error:
// 3:10: cannot define new methods on non-local type int
