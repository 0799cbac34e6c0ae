package main

func main() {
	var a [4]string
	for i := 0; i <= len(a); i++ {
		a[i] = "x"
	}
}

// Error:
// panic: runtime error: index out of range [4] with length 4
