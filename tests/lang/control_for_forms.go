package main

import "fmt"

func main() {
	i := 0
	for i < 3 {
		i++
	}
	fmt.Println(i)
	for {
		i *= 2
		if i > 50 {
			break
		}
	}
	fmt.Println(i)
	sum := 0
	for j := 10; j > 0; j -= 3 {
		sum += j
	}
	fmt.Println(sum)
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, b, " ")
	}
	fmt.Println("|")
}

// Output:
// 3
// 96
// 22
// 0 10 1 8 2 6 3 4 |
