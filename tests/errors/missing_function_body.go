package main

func f() int

func main() { _ = f() }

// Error:
// 3:6: missing function body
