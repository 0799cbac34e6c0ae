package main

import "fmt"

func main() {
	s := "a😀b"
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println("|")
	var last rune
	for _, r := range s {
		last = r
	}
	fmt.Println(string(last))
	count := map[rune]int{}
	for _, r := range "hello world" {
		count[r]++
	}
	fmt.Println(count['l'], count['o'], len(count))
}

// Output:
// 0 1 5 |
// b
// 3 2 8
