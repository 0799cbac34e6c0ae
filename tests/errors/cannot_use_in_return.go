package main

func f() int {
	return "no"
}

func main() {
	_ = f()
}

// Error:
// 4:9: cannot use "no" (untyped string constant) as int value in return statement
