package main

import "fmt"

func main() {
	for n := 0; n < 4; n++ {
		switch n {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("zero-or-one ")
		case 2, 3:
			fmt.Print("two-or-three ")
			if n == 3 {
				break
			}
			fmt.Print("(two) ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println("|")
	}
}

// Output:
// zero zero-or-one |
// zero-or-one |
// two-or-three (two) default |
// two-or-three |
