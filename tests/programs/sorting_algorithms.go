package main

import (
	"fmt"
	"sort"
)

type Sorter struct {
	name  string
	fn    func([]int, *Counter)
	stats Counter
}

type Counter struct{ compares, swaps int }

func (c *Counter) less(a, b int) bool { c.compares++; return a < b }

func bubble(a []int, c *Counter) {
	for n := len(a); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if c.less(a[i], a[i-1]) {
				a[i], a[i-1] = a[i-1], a[i]
				c.swaps++
				swapped = true
			}
		}
		if !swapped {
			return
		}
	}
}

func insertion(a []int, c *Counter) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && c.less(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
			c.swaps++
		}
	}
}

func selection(a []int, c *Counter) {
	for i := range a {
		m := i
		for j := i + 1; j < len(a); j++ {
			if c.less(a[j], a[m]) {
				m = j
			}
		}
		if m != i {
			a[i], a[m] = a[m], a[i]
			c.swaps++
		}
	}
}

func quick(a []int, c *Counter) {
	if len(a) < 2 {
		return
	}
	mid := len(a) / 2
	a[mid], a[len(a)-1] = a[len(a)-1], a[mid]
	pivot := a[len(a)-1]
	i := 0
	for j := 0; j < len(a)-1; j++ {
		if c.less(a[j], pivot) {
			a[i], a[j] = a[j], a[i]
			c.swaps++
			i++
		}
	}
	a[i], a[len(a)-1] = a[len(a)-1], a[i]
	quick(a[:i], c)
	quick(a[i+1:], c)
}

func merge(a []int, c *Counter) {
	if len(a) < 2 {
		return
	}
	mid := len(a) / 2
	left := append([]int(nil), a[:mid]...)
	right := append([]int(nil), a[mid:]...)
	merge(left, c)
	merge(right, c)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if c.less(right[j], left[i]) {
			a[k] = right[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	k += copy(a[k:], left[i:])
	copy(a[k:], right[j:])
}

func heapSort(a []int, c *Counter) {
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && c.less(a[child], a[child+1]) {
				child++
			}
			if !c.less(a[root], a[child]) {
				return
			}
			a[root], a[child] = a[child], a[root]
			c.swaps++
			root = child
		}
	}
	for i := len(a)/2 - 1; i >= 0; i-- {
		sift(i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		c.swaps++
		sift(0, end)
	}
}

func counting(a []int, c *Counter) {
	if len(a) == 0 {
		return
	}
	lo, hi := a[0], a[0]
	for _, v := range a {
		lo, hi = min(lo, v), max(hi, v)
	}
	counts := make([]int, hi-lo+1)
	for _, v := range a {
		counts[v-lo]++
	}
	k := 0
	for i, n := range counts {
		for ; n > 0; n-- {
			a[k] = i + lo
			k++
		}
	}
}

// lcg is a tiny deterministic pseudo-random generator.
type lcg uint32

func (l *lcg) next() int {
	*l = *l*1664525 + 1013904223
	return int(*l >> 16)
}

func main() {
	r := lcg(42)
	random := make([]int, 200)
	for i := range random {
		random[i] = r.next()%1000 - 300
	}
	sorted := make([]int, 200)
	for i := range sorted {
		sorted[i] = i
	}
	reversed := make([]int, 200)
	for i := range reversed {
		reversed[i] = 200 - i
	}
	inputs := []struct {
		name string
		data []int
	}{{"random", random}, {"sorted", sorted}, {"reversed", reversed}, {"dups", []int{3, 1, 3, 1, 2, 2, 3, 1}}}
	sorters := []*Sorter{
		{name: "bubble", fn: bubble}, {name: "insertion", fn: insertion}, {name: "selection", fn: selection},
		{name: "quick", fn: quick}, {name: "merge", fn: merge}, {name: "heap", fn: heapSort}, {name: "counting", fn: counting},
	}
	for _, in := range inputs {
		want := append([]int(nil), in.data...)
		sort.Ints(want)
		fmt.Printf("%s (n=%d):\n", in.name, len(in.data))
		for _, s := range sorters {
			s.stats = Counter{}
			got := append([]int(nil), in.data...)
			s.fn(got, &s.stats)
			ok := fmt.Sprint(got) == fmt.Sprint(want)
			fmt.Printf("  %-9s ok=%-5t compares=%-6d swaps=%d\n", s.name, ok, s.stats.compares, s.stats.swaps)
		}
	}
	fmt.Println(random[:10])
	d := []int{3, 1, 3, 1, 2, 2, 3, 1}
	quick(d, &Counter{})
	fmt.Println(d)
}

// Output:
// random (n=200):
//   bubble    ok=true  compares=19834  swaps=9963
//   insertion ok=true  compares=10155  swaps=9963
//   selection ok=true  compares=19900  swaps=196
//   quick     ok=true  compares=1507   swaps=697
//   merge     ok=true  compares=1291   swaps=0
//   heap      ok=true  compares=2457   swaps=1361
//   counting  ok=true  compares=0      swaps=0
// sorted (n=200):
//   bubble    ok=true  compares=199    swaps=0
//   insertion ok=true  compares=199    swaps=0
//   selection ok=true  compares=19900  swaps=0
//   quick     ok=true  compares=1153   swaps=618
//   merge     ok=true  compares=732    swaps=0
//   heap      ok=true  compares=2587   swaps=1488
//   counting  ok=true  compares=0      swaps=0
// reversed (n=200):
//   bubble    ok=true  compares=19900  swaps=19900
//   insertion ok=true  compares=19900  swaps=19900
//   selection ok=true  compares=19900  swaps=100
//   quick     ok=true  compares=1219   swaps=638
//   merge     ok=true  compares=812    swaps=0
//   heap      ok=true  compares=2275   swaps=1206
//   counting  ok=true  compares=0      swaps=0
// dups (n=8):
//   bubble    ok=true  compares=27     swaps=12
//   insertion ok=true  compares=18     swaps=12
//   selection ok=true  compares=28     swaps=5
//   quick     ok=true  compares=14     swaps=4
//   merge     ok=true  compares=17     swaps=0
//   heap      ok=true  compares=23     swaps=14
//   counting  ok=true  compares=0      swaps=0
// [237 475 532 285 319 381 13 463 -34 -116]
// [1 1 1 2 2 3 3 3]
