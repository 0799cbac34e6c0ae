package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64   { return 3.14 * c.R * c.R }
func (c *Circle) Perimeter() float64 {
	return 2 * 3.14 * c.R
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "blue"
}

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}



type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name }

type Dog struct {
	Animal
	Breed string
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(i int) (int, error) {
	if i < 0 {
		return 0, &MyErr{"neg"}
	}
	return i * 2, nil
}

func variadic(prefix string, xs ...int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum + len(prefix)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

var global = initGlobal()

func initGlobal() map[string][]int {
	return map[string][]int{"a": {1, 2}, "b": nil}
}

func init() {
	global["c"] = []int{3}
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{R: 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)
	var c Color = Blue
	fmt.Println(c.String(), Red)
	var root *Node
	for _, v := range []int{5, 3, 8} {
		root = root.Insert(v)
	}
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Speak(), d.Name)
	if v, err := mayFail(-1); err != nil {
		fmt.Println("err", err, v)
	}
	fmt.Println(variadic("ab", 1, 2, 3), variadic("x"), variadic("y", []int{1}...))
	q, r := divmod(7, 2)
	fmt.Println(q, r)
	m := map[string]int{}
	m["x"]++
	if n, ok := m["x"]; ok {
		fmt.Println(n)
	}
	var sb strings.Builder
	sb.WriteString("hi")
	fmt.Println(sb.String())
	arr := [...]int{1, 2, 3}
	sl := arr[:]
	sl = append(sl, 4)
	fmt.Println(len(arr), cap(sl))
	var any1 interface{} = 3
	switch x := any1.(type) {
	case int:
		fmt.Println(x + 1)
	case string, error:
		fmt.Println(x)
	}
	if s, ok := any1.(string); ok {
		fmt.Println(s)
	}
	f := func(x int) int { return x * 2 }
	fmt.Println(f(3))
	counter := 0
	inc := func() { counter++ }
	inc()
	defer fmt.Println("done", counter)
	const big = 1 << 100
	fmt.Println(big >> 98)
	var u8 uint8 = 255
	u8++
	x := 10
	p := &x
	*p = 20
	bs := []byte("abc")
	rs := []rune("héllo")
	str := string(bs) + string(rs)
	for i, ch := range str {
		_ = i
		_ = ch
	}
	for i := range 3 {
		_ = i
	}
	var e error = &MyErr{"x"}
	fmt.Println(e.Error(), u8, x, Rect.Area(Rect{1, 1}))
	meth := d.Speak
	fmt.Println(meth())
	type local struct{ a, b int }
	l := local{1, 2}
	fmt.Printf("%v %d\n", l, l.a)
	matrix := [][]float64{{1, 2}, {3, 4}}
	matrix[0][1] = 5
	ptrs := []*Rect{{1, 2}, {3, 4}}
	_ = ptrs
	mp := map[Rect]string{{1, 2}: "a"}
	_ = mp
	var iface fmt.Stringer = c
	_ = iface
	goto end
end:
	fmt.Println(min(1, 2.5), max(3, 4), complex(1, 2))
	clear(m)
	delete(m, "x")
	var fn func(int) int
	if fn == nil {
		fmt.Println("nil fn")
	}
	labels:
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue labels
		case i == 2:
			break labels
		default:
			fallthrough
		case i > 5:
		}
	}
}
