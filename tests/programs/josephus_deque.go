package main

import (
	"container/list"
	"fmt"
	"strings"
)

// josephusList removes every k-th person from a circle using container/list.
func josephusList(n, k int) (order []int, survivor int) {
	circle := list.New()
	for i := 1; i <= n; i++ {
		circle.PushBack(i)
	}
	e := circle.Front()
	for circle.Len() > 1 {
		for i := 1; i < k; i++ {
			e = e.Next()
			if e == nil {
				e = circle.Front()
			}
		}
		next := e.Next()
		if next == nil {
			next = circle.Front()
		}
		order = append(order, circle.Remove(e).(int))
		e = next
	}
	return order, circle.Front().Value.(int)
}

// josephusFormula is the O(n) recurrence J(n) = (J(n-1)+k) mod n.
func josephusFormula(n, k int) int {
	j := 0
	for i := 2; i <= n; i++ {
		j = (j + k) % i
	}
	return j + 1
}

// Deque is a ring-buffer double-ended queue that grows as needed.
type Deque struct {
	buf        []string
	head, size int
}

func (d *Deque) grow() {
	nb := make([]string, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) PushFront(s string) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = s
	d.size++
}

func (d *Deque) PushBack(s string) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = s
	d.size++
}

func (d *Deque) PopFront() (string, bool) {
	if d.size == 0 {
		return "", false
	}
	s := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return s, true
}

func (d *Deque) PopBack() (string, bool) {
	if d.size == 0 {
		return "", false
	}
	d.size--
	return d.buf[(d.head+d.size)%len(d.buf)], true
}

func (d *Deque) String() string {
	parts := make([]string, d.size)
	for i := range parts {
		parts[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	return "<" + strings.Join(parts, ",") + ">"
}

// slidingMax uses a deque of indexes to find window maxima in O(n).
func slidingMax(xs []int, k int) []int {
	var dq []int
	var out []int
	for i, x := range xs {
		for len(dq) > 0 && dq[0] <= i-k {
			dq = dq[1:]
		}
		for len(dq) > 0 && xs[dq[len(dq)-1]] <= x {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if i >= k-1 {
			out = append(out, xs[dq[0]])
		}
	}
	return out
}

func main() {
	order, last := josephusList(7, 3)
	fmt.Println("n=7 k=3 elimination order:", order, "survivor:", last)
	for _, c := range [][2]int{{10, 2}, {41, 3}, {100, 7}, {1, 5}} {
		_, s := josephusList(c[0], c[1])
		fmt.Printf("J(%d,%d) list=%d formula=%d\n", c[0], c[1], s, josephusFormula(c[0], c[1]))
	}
	d := &Deque{}
	for i, w := range []string{"c", "d", "b", "e", "a", "f"} {
		if i%2 == 0 {
			d.PushBack(w)
		} else {
			d.PushFront(w)
		}
		fmt.Print(d, " ")
	}
	fmt.Println("len", d.size, "cap", len(d.buf))
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println(f, b, d)
	for {
		if _, ok := d.PopBack(); !ok {
			break
		}
	}
	_, ok := d.PopFront()
	fmt.Println(d, ok)
	word := "racecar"
	pal := &Deque{}
	for _, r := range word {
		pal.PushBack(string(r))
	}
	isPal := true
	for pal.size > 1 {
		a, _ := pal.PopFront()
		z, _ := pal.PopBack()
		isPal = isPal && a == z
	}
	fmt.Println(word, "palindrome via deque:", isPal)
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3), slidingMax([]int{9, 8, 7, 6}, 2))
}

// Output:
// n=7 k=3 elimination order: [3 6 2 7 5 1] survivor: 4
// J(10,2) list=5 formula=5
// J(41,3) list=31 formula=31
// J(100,7) list=50 formula=50
// J(1,5) list=1 formula=1
// <c> <d,c> <d,c,b> <e,d,c,b> <e,d,c,b,a> <f,e,d,c,b,a> len 6 cap 8
// f a <e,d,c,b>
// <> false
// racecar palindrome via deque: true
// [3 3 5 5 6 7] [9 8 7]
