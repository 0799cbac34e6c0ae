package main

import "fmt"

func main() {
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%.*f|%*.*f|\n", 2, 3.14159, 8, 3, 2.5)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b\n", 10)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%-4s|%4s|\n", "ab", "cd")
	fmt.Printf("%03d|%3.1d|%x\n", -5, 0, []int{10, 255})
}

// Output:
//    42|7   |
// 3.14|   2.500|
// 2 1
// 10 a 12 1010
//  12.00|
//  99.50%
// ab  |  cd|
// -05|  0|[a ff]
