package main

func f(x int) string {
	switch x {
	case 1:
		return "one"
	}
}

func main() {
	_ = f(1)
}

// Error:
// 8:1: missing return
