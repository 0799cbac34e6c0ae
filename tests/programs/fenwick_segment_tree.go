package main

import (
	"fmt"
	"math"
)

type Fenwick struct{ tree []int }

func NewFenwick(n int) *Fenwick { return &Fenwick{make([]int, n+1)} }

func (f *Fenwick) Add(i, delta int) {
	for i++; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

// Prefix returns the sum of elements [0, i).
func (f *Fenwick) Prefix(i int) int {
	s := 0
	for ; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick) Range(lo, hi int) int { return f.Prefix(hi) - f.Prefix(lo) }

// SegTree answers range-minimum queries with point updates.
type SegTree struct {
	n    int
	data []int
}

func NewSegTree(xs []int) *SegTree {
	n := 1
	for n < len(xs) {
		n *= 2
	}
	st := &SegTree{n, make([]int, 2*n)}
	for i := range st.data {
		st.data[i] = math.MaxInt
	}
	copy(st.data[n:], xs)
	for i := n - 1; i > 0; i-- {
		st.data[i] = min(st.data[2*i], st.data[2*i+1])
	}
	return st
}

func (st *SegTree) Set(i, v int) {
	i += st.n
	st.data[i] = v
	for i /= 2; i > 0; i /= 2 {
		st.data[i] = min(st.data[2*i], st.data[2*i+1])
	}
}

// Min over [lo, hi).
func (st *SegTree) Min(lo, hi int) int {
	res := math.MaxInt
	for lo, hi = lo+st.n, hi+st.n; lo < hi; lo, hi = lo/2, hi/2 {
		if lo&1 == 1 {
			res = min(res, st.data[lo])
			lo++
		}
		if hi&1 == 1 {
			hi--
			res = min(res, st.data[hi])
		}
	}
	return res
}

// countInversions uses a Fenwick tree over value ranks.
func countInversions(xs []int) int {
	maxV := 0
	for _, x := range xs {
		maxV = max(maxV, x)
	}
	f := NewFenwick(maxV + 1)
	inv := 0
	for i := len(xs) - 1; i >= 0; i-- {
		inv += f.Prefix(xs[i])
		f.Add(xs[i], 1)
	}
	return inv
}

func main() {
	data := []int{5, 3, 7, 9, 6, 4, 1, 2, 8, 0}
	f := NewFenwick(len(data))
	for i, v := range data {
		f.Add(i, v)
	}
	fmt.Println("total:", f.Prefix(len(data)))
	for _, q := range [][2]int{{0, 3}, {2, 7}, {5, 10}, {4, 4}} {
		fmt.Printf("sum[%d,%d) = %d\n", q[0], q[1], f.Range(q[0], q[1]))
	}
	f.Add(3, -9)
	fmt.Println("after data[3]=0: sum[2,7) =", f.Range(2, 7))

	st := NewSegTree(data)
	for _, q := range [][2]int{{0, 3}, {2, 7}, {0, 10}, {7, 9}} {
		fmt.Printf("min[%d,%d) = %d\n", q[0], q[1], st.Min(q[0], q[1]))
	}
	st.Set(9, 100)
	st.Set(6, 50)
	fmt.Println("after updates: min[5,10) =", st.Min(5, 10), "min[0,10) =", st.Min(0, 10))

	for _, xs := range [][]int{{1, 2, 3}, {3, 2, 1}, {2, 4, 1, 3, 5}, {5, 3, 7, 9, 6, 4, 1, 2, 8, 0}} {
		brute := 0
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				if xs[i] > xs[j] {
					brute++
				}
			}
		}
		fmt.Println(xs, "inversions:", countInversions(xs), brute)
	}
	// running median-free stat: prefix sums of squares
	sq := NewFenwick(100)
	for i := 0; i < 100; i++ {
		sq.Add(i, i*i)
	}
	fmt.Println("sum of squares 0..99:", sq.Prefix(100), "50..59:", sq.Range(50, 60))
}

// Output:
// total: 45
// sum[0,3) = 15
// sum[2,7) = 27
// sum[5,10) = 15
// sum[4,4) = 0
// after data[3]=0: sum[2,7) = 18
// min[0,3) = 3
// min[2,7) = 1
// min[0,10) = 0
// min[7,9) = 2
// after updates: min[5,10) = 2 min[0,10) = 2
// [1 2 3] inversions: 0 0
// [3 2 1] inversions: 3 3
// [2 4 1 3 5] inversions: 3 3
// [5 3 7 9 6 4 1 2 8 0] inversions: 29 29
// sum of squares 0..99: 328350 50..59: 29785
