package main

func f() (int, error) {
	return 1
}

func main() {
	f()
}

// Error:
// 4:9: not enough return values
// 	have (number)
// 	want (int, error)
