package main

import "fmt"

type A struct {
	X int
	Y string
}
type B struct {
	X int
	Y string
}
type MyStr string
type Bytes []byte

func main() {
	a := A{1, "a"}
	b := B(a)
	fmt.Printf("%T %v\n", b, b)
	ms := MyStr("hi")
	s := string(ms) + "!"
	fmt.Println(s, MyStr(s))
	bs := Bytes("xyz")
	fmt.Println(bs, string(bs))
	type F func(int) int
	sq := F(func(x int) int { return x * x })
	fmt.Println(sq(4))
	p := &a
	pb := (*B)(p)
	pb.X = 7
	fmt.Println(a)
}

// Output:
// main.B {1 a}
// hi! hi!
// [120 121 122] xyz
// 16
// {7 a}
