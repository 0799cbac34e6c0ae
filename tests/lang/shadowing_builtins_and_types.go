package main

import "fmt"

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	type int = string
	var s int = "now a string"
	fmt.Println(s)
	nil := 5
	fmt.Println(nil)
}

// Output:
// 42
// false
// now a string
// 5
