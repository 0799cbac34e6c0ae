package main

func main(args []string) {}

// Error:
// 3:6: func main must have no arguments and no return values
