package main

func f(xs ...int) {}

func main() {
	s := []int{1}
	f(0, s...)
}

// Error:
// 7:7: too many arguments in call to f
// 	have (number, []int...)
// 	want (...int)
