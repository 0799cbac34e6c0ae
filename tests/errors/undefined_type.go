package main

func main() {
	var x Foo
	_ = x
}

// Error:
// 4:8: undefined: Foo
