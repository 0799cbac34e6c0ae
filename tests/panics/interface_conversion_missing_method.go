package main

type Namer interface{ Name() string }
type T struct{}

func main() {
	var i any = T{}
	_ = i.(Namer)
}

// Error:
// panic: interface conversion: main.T is not main.Namer: missing method Name
