package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func FromSlice(xs ...int) *ListNode {
	var head *ListNode
	for i := len(xs) - 1; i >= 0; i-- {
		head = &ListNode{xs[i], head}
	}
	return head
}

func (l *ListNode) String() string {
	if l == nil {
		return "nil"
	}
	var parts []string
	for n := l; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return strings.Join(parts, " -> ")
}

func (l *ListNode) Len() int {
	n := 0
	for ; l != nil; l = l.Next {
		n++
	}
	return n
}

func Reverse(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func ReverseRecursive(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	rest := ReverseRecursive(head.Next)
	head.Next.Next = head
	head.Next = nil
	return rest
}

func Merge(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func MergeSort(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	slow, fast := head, head.Next
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	second := slow.Next
	slow.Next = nil
	return Merge(MergeSort(head), MergeSort(second))
}

func HasCycle(head *ListNode) (bool, int) {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			// find cycle length
			n := 1
			for p := slow.Next; p != slow; p = p.Next {
				n++
			}
			return true, n
		}
	}
	return false, 0
}

func RemoveIf(head *ListNode, pred func(int) bool) *ListNode {
	pp := &head
	for *pp != nil {
		if pred((*pp).Val) {
			*pp = (*pp).Next
		} else {
			pp = &(*pp).Next
		}
	}
	return head
}

func KthFromEnd(head *ListNode, k int) (int, bool) {
	lead := head
	for i := 0; i < k; i++ {
		if lead == nil {
			return 0, false
		}
		lead = lead.Next
	}
	trail := head
	for lead != nil {
		lead, trail = lead.Next, trail.Next
	}
	if trail == nil {
		return 0, false
	}
	return trail.Val, true
}

func main() {
	l := FromSlice(5, 1, 4, 2, 8, 7, 3, 6)
	fmt.Println("list:    ", l, "len", l.Len())
	l = Reverse(l)
	fmt.Println("reversed:", l)
	l = ReverseRecursive(l)
	fmt.Println("again:   ", l)
	l = MergeSort(l)
	fmt.Println("sorted:  ", l)
	fmt.Println("merged:  ", Merge(FromSlice(1, 3, 5, 9), FromSlice(2, 3, 4, 10, 11)))
	l = RemoveIf(l, func(v int) bool { return v%2 == 0 })
	fmt.Println("odds:    ", l)
	l = RemoveIf(l, func(v int) bool { return v < 4 })
	fmt.Println(">= 4:    ", l)
	for _, k := range []int{1, 2, 3} {
		v, ok := KthFromEnd(FromSlice(10, 20, 30), k)
		fmt.Printf("kth(%d) = %d %v\n", k, v, ok)
	}
	_, ok := KthFromEnd(FromSlice(10, 20, 30), 4)
	fmt.Println("kth(4) ok:", ok)
	cyc := FromSlice(1, 2, 3, 4, 5, 6)
	tail := cyc
	for tail.Next != nil {
		tail = tail.Next
	}
	fmt.Println(HasCycle(cyc))
	tail.Next = cyc.Next.Next
	fmt.Println(HasCycle(cyc))
	var empty *ListNode
	fmt.Println(empty, empty.Len(), Reverse(empty), MergeSort(empty))
	fmt.Printf("%v|%s|%d\n", FromSlice(42), FromSlice(1, 2), FromSlice().Len())
}

// Output:
// list:     5 -> 1 -> 4 -> 2 -> 8 -> 7 -> 3 -> 6 len 8
// reversed: 6 -> 3 -> 7 -> 8 -> 2 -> 4 -> 1 -> 5
// again:    5 -> 1 -> 4 -> 2 -> 8 -> 7 -> 3 -> 6
// sorted:   1 -> 2 -> 3 -> 4 -> 5 -> 6 -> 7 -> 8
// merged:   1 -> 2 -> 3 -> 3 -> 4 -> 5 -> 9 -> 10 -> 11
// odds:     1 -> 3 -> 5 -> 7
// >= 4:     5 -> 7
// kth(1) = 30 true
// kth(2) = 20 true
// kth(3) = 10 true
// kth(4) ok: false
// false 0
// true 4
// nil 0 nil nil
// 42|1 -> 2|0
