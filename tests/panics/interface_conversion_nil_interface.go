package main

func main() {
	var i interface{}
	_ = i.(string)
}

// Error:
// panic: interface conversion: interface {} is nil, not string
