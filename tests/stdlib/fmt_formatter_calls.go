package main

import (
	"errors"
	"fmt"
	"strings"
)

// money formats itself; it reports what fmt told it.
type money int64

func (m money) Format(f fmt.State, verb rune) {
	var b strings.Builder
	b.WriteString("{")
	b.WriteRune(verb)
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			b.WriteRune(c)
		}
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(&b, " w%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(&b, " p%d", p)
	}
	fmt.Fprintf(&b, " $%d.%02d}", int64(m)/100, int64(m)%100)
	f.Write([]byte(b.String()))
}

type wallet struct {
	Owner string
	Cash  money
	Coins []money
}

type node struct{ name string }

func (n *node) Format(f fmt.State, verb rune) {
	if n.name == "boom" {
		panic("bad node")
	}
	fmt.Fprintf(f, "node(%s)", n.name)
}

// errFormat is an error that also formats itself.
type errFormat struct{}

func (errFormat) Error() string                       { return "plain" }
func (errFormat) Format(f fmt.State, verb rune)       { fmt.Fprintf(f, "fancy-%c", verb) }
func (errFormat) String() string                      { return "stringer" }

func main() {
	m := money(12345)
	fmt.Printf("%v|%d|%+v|%#v|%-8.2f|% x|%08s\n", m, m, m, m, m, m, m)
	fmt.Println(m, []money{1, 2})
	fmt.Print(m, "\n")
	fmt.Printf("%T %5T\n", m, m)
	w := wallet{"ann", 250, []money{5, 10}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(fmt.Sprint(&node{"a"}), fmt.Sprintf("[%10v]", &node{"b"}))
	var nilNode *node
	fmt.Printf("%v|%s\n", nilNode, &node{"boom"})
	err := fmt.Errorf("wrapped: %w", errFormat{})
	fmt.Println(err, errors.Unwrap(err) == errFormat{})
	fmt.Printf("%v %s %q %d\n", errFormat{}, errFormat{}, errFormat{}, errFormat{})
	fmt.Println(map[string]money{"x": 1})
}

// Output:
// {v $123.45}|{d $123.45}|{v+ $123.45}|{v# $123.45}|{f- w8 p2 $123.45}|{x  $123.45}|{s0 w8 $123.45}
// {v $123.45} [{v $0.01} {v $0.02}]
// {v $123.45}
// main.money main.money
// {ann {v $2.50} [{v $0.05} {v $0.10}]}
// {Owner:ann Cash:{v+ $2.50} Coins:[{v+ $0.05} {v+ $0.10}]}
// node(a) [node(b)]
// <nil>|%!s(PANIC=Format method: bad node)
// wrapped: fancy-v true
// fancy-v fancy-s fancy-q fancy-d
// map[x:{v $0.01}]
