package main

import "fmt"

func stubborn(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range stubborn {
		fmt.Println(x)
		break
	}
}

// Output:
// 1
// Error:
// panic: runtime error: range function continued iteration after function for loop body returned false
