package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.Remove(e4)
	l.MoveToBack(e1)
	dump(l)
	l.PushBack("str")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ";")
	}
	fmt.Println()
	fmt.Println(l.Front().Value, l.Back().Value)
	other := list.New()
	other.PushBack(9)
	l.PushBackList(other)
	dump(l)
	var empty list.List
	fmt.Println(empty.Len(), empty.Front() == nil)
}

// Output:
// 1 2 3 4 | len 4
// 2 3 1 | len 3
// str;1;3;2;
// 2 str
// 2 3 1 str 9 | len 5
// 0 true
