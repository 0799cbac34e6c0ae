package main

type T struct{ A int }
type U struct{ A int }

func main() {
	var i any = T{1}
	_ = i.(U)
}

// Error:
// panic: interface conversion: interface {} is main.T, not main.U
