package main

func main() {
	var f float64 = 3
	for i := range f {
		_ = i
	}
}

// Error:
// 5:17: cannot range over f (variable of type float64)
