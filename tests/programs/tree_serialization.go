package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Tree struct {
	Val         int
	Left, Right *Tree
}

// Serialize writes a preorder form with "#" for nil children.
func Serialize(t *Tree) string {
	var parts []string
	var walk func(*Tree)
	walk = func(n *Tree) {
		if n == nil {
			parts = append(parts, "#")
			return
		}
		parts = append(parts, strconv.Itoa(n.Val))
		walk(n.Left)
		walk(n.Right)
	}
	walk(t)
	return strings.Join(parts, ",")
}

var ErrFormat = errors.New("malformed tree")

func Deserialize(s string) (*Tree, error) {
	toks := strings.Split(s, ",")
	pos := 0
	var build func() (*Tree, error)
	build = func() (*Tree, error) {
		if pos >= len(toks) {
			return nil, fmt.Errorf("%w: ran out of tokens", ErrFormat)
		}
		tok := toks[pos]
		pos++
		if tok == "#" {
			return nil, nil
		}
		v, err := strconv.Atoi(tok)
		if err != nil {
			return nil, fmt.Errorf("%w: token %d: %v", ErrFormat, pos-1, err)
		}
		n := &Tree{Val: v}
		if n.Left, err = build(); err != nil {
			return nil, err
		}
		if n.Right, err = build(); err != nil {
			return nil, err
		}
		return n, nil
	}
	t, err := build()
	if err == nil && pos != len(toks) {
		err = fmt.Errorf("%w: %d trailing tokens", ErrFormat, len(toks)-pos)
	}
	return t, err
}

// FromLevelOrder builds a tree from a LeetCode-style level list, nil as -1.
func FromLevelOrder(vals []int) *Tree {
	if len(vals) == 0 || vals[0] == -1 {
		return nil
	}
	root := &Tree{Val: vals[0]}
	queue := []*Tree{root}
	for i := 1; i < len(vals); i += 2 {
		n := queue[0]
		queue = queue[1:]
		if vals[i] != -1 {
			n.Left = &Tree{Val: vals[i]}
			queue = append(queue, n.Left)
		}
		if i+1 < len(vals) && vals[i+1] != -1 {
			n.Right = &Tree{Val: vals[i+1]}
			queue = append(queue, n.Right)
		}
	}
	return root
}

func (t *Tree) Mirror() *Tree {
	if t == nil {
		return nil
	}
	return &Tree{t.Val, t.Right.Mirror(), t.Left.Mirror()}
}

func Equal(a, b *Tree) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Val == b.Val && Equal(a.Left, b.Left) && Equal(a.Right, b.Right)
}

func (t *Tree) Diameter() (diameter, height int) {
	if t == nil {
		return 0, 0
	}
	dl, hl := t.Left.Diameter()
	dr, hr := t.Right.Diameter()
	return max(dl, dr, hl+hr), 1 + max(hl, hr)
}

func (t *Tree) PathSums(target int) [][]int {
	var out [][]int
	var path []int
	var walk func(*Tree, int)
	walk = func(n *Tree, sum int) {
		if n == nil {
			return
		}
		path = append(path, n.Val)
		sum += n.Val
		if n.Left == nil && n.Right == nil && sum == target {
			out = append(out, append([]int(nil), path...))
		}
		walk(n.Left, sum)
		walk(n.Right, sum)
		path = path[:len(path)-1]
	}
	walk(t, 0)
	return out
}

func main() {
	t := FromLevelOrder([]int{5, 4, 8, 11, -1, 13, 4, 7, 2, -1, -1, 5, 1})
	s := Serialize(t)
	fmt.Println("serialized:", s)
	back, err := Deserialize(s)
	fmt.Println("roundtrip equal:", Equal(t, back), err)
	m := t.Mirror()
	fmt.Println("mirror:", Serialize(m))
	fmt.Println("mirror twice equals:", Equal(t, m.Mirror()), "mirror equals:", Equal(t, m))
	d, h := t.Diameter()
	fmt.Println("diameter:", d, "height:", h)
	fmt.Println("paths summing to 22:", t.PathSums(22), "to 26:", t.PathSums(26), "to 0:", t.PathSums(0))
	for _, bad := range []string{"1,2", "1,#,#,#", "1,x,#", "#", ""} {
		tr, err := Deserialize(bad)
		fmt.Printf("%-9q -> tree nil=%t err=%v is=%t\n", bad, tr == nil, err, errors.Is(err, ErrFormat))
	}
	fmt.Println(Serialize(nil), Serialize(FromLevelOrder([]int{1, -1, 2, 3})))
}

// Output:
// serialized: 5,4,11,7,#,#,2,#,#,#,8,13,#,#,4,5,#,#,1,#,#
// roundtrip equal: true <nil>
// mirror: 5,8,4,1,#,#,5,#,#,13,#,#,4,#,11,2,#,#,7,#,#
// mirror twice equals: true mirror equals: false
// diameter: 6 height: 4
// paths summing to 22: [[5 4 11 2] [5 8 4 5]] to 26: [[5 8 13]] to 0: []
// "1,2"     -> tree nil=true err=malformed tree: ran out of tokens is=true
// "1,#,#,#" -> tree nil=false err=malformed tree: 1 trailing tokens is=true
// "1,x,#"   -> tree nil=true err=malformed tree: token 1: strconv.Atoi: parsing "x": invalid syntax is=true
// "#"       -> tree nil=true err=<nil> is=false
// ""        -> tree nil=true err=malformed tree: token 0: strconv.Atoi: parsing "": invalid syntax is=true
// # 1,#,2,3,#,#,#
