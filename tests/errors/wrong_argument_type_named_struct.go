package main

type A struct{}
type B struct{}

func use(a A) {}

func main() {
	use(B{})
}

// Error:
// 9:6: cannot use B{} (value of struct type B) as A value in argument to use
