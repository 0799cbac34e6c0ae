package main

func main() {
	t := true
	_ = t + t
}

// Error:
// 5:6: invalid operation: operator + not defined on t (variable of type bool)
