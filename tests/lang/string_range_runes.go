package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
}

// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 128512 😀
// 5
