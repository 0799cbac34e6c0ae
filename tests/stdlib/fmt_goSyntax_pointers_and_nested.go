package main

import "fmt"

type Node struct {
	V    int
	Kids []Node
	Meta map[string]any
}

func main() {
	n := Node{1, []Node{{V: 2}}, map[string]any{"k": 1.5, "s": "x"}}
	fmt.Printf("%#v\n", n)
	fmt.Printf("%#v\n", []*int(nil))
	fmt.Printf("%#v\n", [][]string{{"a"}, nil})
	var e error
	fmt.Printf("%#v\n", e)
	fmt.Printf("%#v %#v\n", int64(-3), float32(2))
	fmt.Printf("%#v\n", struct {
		a int
		B []byte
	}{1, []byte("h")})
}

// Output:
// main.Node{V:1, Kids:[]main.Node{main.Node{V:2, Kids:[]main.Node(nil), Meta:map[string]interface {}(nil)}}, Meta:map[string]interface {}{"k":1.5, "s":"x"}}
// []*int(nil)
// [][]string{[]string{"a"}, []string(nil)}
// <nil>
// -3 2
// struct { a int; B []uint8 }{a:1, B:[]uint8{0x68}}
