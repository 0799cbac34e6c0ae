package main

import "fmt"

func grade(s int) string {
	switch {
	case s >= 90:
		return "A"
	case s >= 80:
		return "B"
	case s < 0:
		return "invalid"
	default:
		return "C"
	}
}

func main() {
	for _, s := range []int{95, 85, 50, -1} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println("!")
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	}
}

// Output:
// A B C invalid !
// x > 3
