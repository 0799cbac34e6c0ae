package main

import "fmt"

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }
func (b Base) GetID() int    { return b.ID }

type Wrapper struct {
	*Base
	Tag string
}

func main() {
	shared := &Base{1}
	w1 := Wrapper{shared, "a"}
	w2 := Wrapper{shared, "b"}
	w1.SetID(42)
	fmt.Println(w1.GetID(), w2.GetID(), w2.ID)
	w3 := w1
	w3.ID = 7
	fmt.Println(shared.ID)
}

// Output:
// 42 42 42
// 7
