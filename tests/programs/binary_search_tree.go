package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Val         string
	Left, Right *Node
}

type Tree struct {
	Root *Node
	size int
}

func (t *Tree) Insert(k int, v string) {
	t.Root = t.insert(t.Root, k, v)
}

func (t *Tree) insert(n *Node, k int, v string) *Node {
	if n == nil {
		t.size++
		return &Node{Key: k, Val: v}
	}
	switch {
	case k < n.Key:
		n.Left = t.insert(n.Left, k, v)
	case k > n.Key:
		n.Right = t.insert(n.Right, k, v)
	default:
		n.Val = v
	}
	return n
}

func (t *Tree) Get(k int) (string, bool) {
	for n := t.Root; n != nil; {
		if k == n.Key {
			return n.Val, true
		} else if k < n.Key {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return "", false
}

func (t *Tree) Delete(k int) bool {
	var deleted bool
	t.Root, deleted = del(t.Root, k)
	if deleted {
		t.size--
	}
	return deleted
}

func del(n *Node, k int) (*Node, bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.Key:
		n.Left, ok = del(n.Left, k)
		return n, ok
	case k > n.Key:
		n.Right, ok = del(n.Right, k)
		return n, ok
	}
	if n.Left == nil {
		return n.Right, true
	}
	if n.Right == nil {
		return n.Left, true
	}
	succ := n.Right
	for succ.Left != nil {
		succ = succ.Left
	}
	n.Key, n.Val = succ.Key, succ.Val
	n.Right, _ = del(n.Right, succ.Key)
	return n, true
}

func (n *Node) InOrder(visit func(*Node)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n)
	n.Right.InOrder(visit)
}

func (n *Node) PreOrder(out *[]int) {
	if n != nil {
		*out = append(*out, n.Key)
		n.Left.PreOrder(out)
		n.Right.PreOrder(out)
	}
}

func (n *Node) PostOrder() []int {
	if n == nil {
		return nil
	}
	res := append(n.Left.PostOrder(), n.Right.PostOrder()...)
	return append(res, n.Key)
}

func (t *Tree) LevelOrder() [][]int {
	var levels [][]int
	queue := []*Node{}
	if t.Root != nil {
		queue = append(queue, t.Root)
	}
	for len(queue) > 0 {
		var level []int
		next := []*Node{}
		for _, n := range queue {
			level = append(level, n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		levels = append(levels, level)
		queue = next
	}
	return levels
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

func (n *Node) draw(b *strings.Builder, prefix string, isLeft bool, label string) {
	if n == nil {
		return
	}
	fmt.Fprintf(b, "%s%s%d\n", prefix, label, n.Key)
	child := prefix + "    "
	if isLeft {
		child = prefix + "|   "
	}
	n.Left.draw(b, child, n.Right != nil, "L: ")
	n.Right.draw(b, child, false, "R: ")
}

func main() {
	t := &Tree{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		t.Insert(k, fmt.Sprintf("v%d", k))
	}
	var b strings.Builder
	t.Root.draw(&b, "", false, "")
	fmt.Print(b.String())
	var keys []string
	t.Root.InOrder(func(n *Node) { keys = append(keys, n.Val) })
	fmt.Println("in-order:", keys, "size", t.size, "height", t.Root.Height())
	var pre []int
	t.Root.PreOrder(&pre)
	fmt.Println("pre-order:", pre)
	fmt.Println("post-order:", t.Root.PostOrder())
	fmt.Println("levels:", t.LevelOrder())
	for _, k := range []int{45, 99} {
		v, ok := t.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	for _, k := range []int{20, 30, 50, 99, 70} {
		fmt.Printf("delete %d: %v -> levels %v\n", k, t.Delete(k), t.LevelOrder())
	}
	fmt.Println("size", t.size, "height", t.Root.Height())
	var empty *Node
	fmt.Println(empty.Height(), empty.PostOrder() == nil, len((&Tree{}).LevelOrder()))
}

// Output:
// 50
//     L: 30
//     |   L: 20
//     |   R: 40
//     |       L: 35
//     |       R: 45
//     R: 70
//         L: 60
//         |   R: 65
//         R: 80
// in-order: [v20 v30 v35 v40 v45 v50 v60 v65 v70 v80] size 10 height 4
// pre-order: [50 30 20 40 35 45 70 60 65 80]
// post-order: [20 35 45 40 30 65 60 80 70 50]
// levels: [[50] [30 70] [20 40 60 80] [35 45 65]]
// get 45: "v45" true
// get 99: "" false
// delete 20: true -> levels [[50] [30 70] [40 60 80] [35 45 65]]
// delete 30: true -> levels [[50] [40 70] [35 45 60 80] [65]]
// delete 50: true -> levels [[60] [40 70] [35 45 65 80]]
// delete 99: false -> levels [[60] [40 70] [35 45 65 80]]
// delete 70: true -> levels [[60] [40 80] [35 45 65]]
// size 6 height 3
// 0 true 0
