package main

import "fmt"

type A struct{ Name string }
type B struct{ Name string }

func (A) Who() string { return "A" }
func (B) Who() string { return "B" }

type C struct {
	A
	B
	ID int
}

func main() {
	c := C{A{"a"}, B{"b"}, 1}
	fmt.Println(c.A.Name, c.B.Name, c.ID, c.A.Who(), c.B.Who())
	fmt.Printf("%+v\n", c)
}

// Output:
// a b 1 A B
// {A:{Name:a} B:{Name:b} ID:1}
