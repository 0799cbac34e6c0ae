package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		if i%2 == 1 {
			goto next
		}
		fmt.Print("even", i, " ")
	next:
	}
	fmt.Println("|")
}

// Output:
// even0 even2 even4 |
