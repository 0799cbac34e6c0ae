package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%.2f\n", "s")
	fmt.Println(fmt.Sprintf("%", 1))
}

// Output:
// %!d(string=x)
// %!s(int=42)
// %!t(int=1)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)%!z(int=3)
// %!!(MISSING)
// %!d(<nil>)
// %!f(string=s)
// %!(NOVERB)%!(EXTRA int=1)
