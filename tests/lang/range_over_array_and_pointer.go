package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println("|")
	var np *[4]int
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println(len(np))
}

// Output:
// 0:1 1:2 2:3 [1 2 100]
// 0:1 1:2 2:100 |
// 01234
