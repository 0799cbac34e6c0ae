package main

func f() (...int) { return nil }

func main() { f() }

// Error:
// 3:11: invalid use of ...
// 3:28: cannot use nil as int value in return statement
