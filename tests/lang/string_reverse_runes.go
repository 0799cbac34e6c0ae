package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	fmt.Println(reverse("Hello, 世界!"))
	fmt.Println(reverse(""), reverse("a"))
	fmt.Println(len(reverse("ü")))
}

// Output:
// !界世 ,olleH
//  a
// 2
