package main

import "fmt"

type Stringer interface{ String() string }
type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }

func main() {
	var x interface{} = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	var y interface{} = T(5)
	st, ok := y.(Stringer)
	fmt.Println(st, ok)
	_, ok = x.(Stringer)
	fmt.Println(ok)
	var n interface{}
	_, ok = n.(int)
	fmt.Println(ok)
	fmt.Println(y.(T) + 1)
}

// Output:
// 42 true
// "" false
// T5 true
// false
// false
// T6
