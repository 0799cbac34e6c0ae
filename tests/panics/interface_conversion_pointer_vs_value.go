package main

type T struct{}

func main() {
	var i any = &T{}
	_ = i.(T)
}

// Error:
// panic: interface conversion: interface {} is *main.T, not main.T
