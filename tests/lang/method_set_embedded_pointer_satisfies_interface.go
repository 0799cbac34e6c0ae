package main

import "fmt"

type Closer interface{ Close() string }

type res struct{ id int }

func (r *res) Close() string { return fmt.Sprint("closed ", r.id) }

type ByValue struct{ res }
type ByPointer struct{ *res }

func main() {
	var c Closer = &ByValue{res{1}}
	fmt.Println(c.Close())
	c = ByPointer{&res{2}}
	fmt.Println(c.Close())
	_, ok := interface{}(ByValue{}).(Closer)
	fmt.Println(ok)
	_, ok = interface{}(ByPointer{}).(Closer)
	fmt.Println(ok)
}

// Output:
// closed 1
// closed 2
// false
// true
