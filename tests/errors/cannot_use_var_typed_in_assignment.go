package main

func main() {
	var f float64 = 1.5
	var i int
	i = f
	_ = i
}

// Error:
// 6:6: cannot use f (variable of type float64) as int value in assignment
