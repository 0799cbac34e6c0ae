package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
sw:
	for _, v := range []int{1, 2, 3} {
		switch v {
		case 2:
			break sw
		}
		fmt.Println("v", v)
	}
}

// Output:
// 0 0;0 1;1 0;1 1;2 0;2 1;
// v 1
