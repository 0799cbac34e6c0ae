package main

import "fmt"

type List struct {
	head int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) String() string {
	if l == nil {
		return "nil-list"
	}
	return fmt.Sprint(l.head, "->", l.next)
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.String())
	l = &List{1, &List{2, nil}}
	fmt.Println(l.Len(), l)
}

// Output:
// 0 nil-list
// 2 1->2->nil-list
