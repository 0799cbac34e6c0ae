package main

func f() {
	return 1
}

func main() { f() }

// Error:
// 4:9: too many return values
// 	have (number)
// 	want ()
