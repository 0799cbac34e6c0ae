package main

func main() {
	x := int{1}
	_ = x
}

// Error:
// 4:7: invalid composite literal type int
