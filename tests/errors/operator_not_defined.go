package main

func main() {
	a := []int{1}
	b := []int{2}
	_ = a + b
}

// Error:
// 6:6: invalid operation: operator + not defined on a (variable of type []int)
