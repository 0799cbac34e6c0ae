package main

func main() {
	var i interface{} = "hello"
	n := i.(int)
	_ = n
}

// Error:
// panic: interface conversion: interface {} is string, not int
