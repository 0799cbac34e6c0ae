package main

import "fmt"

func work(n int) {
	defer fmt.Println("cleanup", n)
	if n == 2 {
		panic(fmt.Sprintf("failed at %d", n))
	}
	fmt.Println("done", n)
}

func main() {
	for i := 0; i < 5; i++ {
		work(i)
	}
}

// Output:
// done 0
// cleanup 0
// done 1
// cleanup 1
// cleanup 2
// Error:
// panic: failed at 2
