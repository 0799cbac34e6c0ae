package main

import "fmt"

func main() {
	x := 42
	switch x {
	case 1, 2, 3:
		fmt.Println("small")
	}
	switch {
	case x < 0:
		fmt.Println("negative")
	}
	fmt.Println("after", x)
	switch f := 1.5; f {
	case 1.5:
		fmt.Println("float match")
	}
	switch s := []int{1}; len(s) {
	case 0:
	case 1:
		fmt.Println("one element")
	}
}

// Output:
// after 42
// float match
// one element
