package main

import "fmt"

type MyInt = int
type Named int

type Strs = []string

func takesInt(i int) int { return i * 2 }

func main() {
	var a MyInt = 5
	fmt.Println(takesInt(a))
	fmt.Printf("%T %T\n", a, Named(a))
	var s Strs = []string{"x"}
	fmt.Printf("%T %v\n", s, s)
	var b byte = 'A'
	var u uint8 = b
	var r rune = 'B'
	var i32 int32 = r
	fmt.Printf("%T %T\n", u, i32)
}

// Output:
// 10
// int main.Named
// []string [x]
// uint8 int32
