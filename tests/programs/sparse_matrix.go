package main

import (
	"fmt"
	"sort"
	"strings"
)

type Key struct{ R, C int }

type Sparse struct {
	Rows, Cols int
	data       map[Key]float64
}

func NewSparse(r, c int) *Sparse { return &Sparse{r, c, map[Key]float64{}} }

func (s *Sparse) Set(r, c int, v float64) {
	if v == 0 {
		delete(s.data, Key{r, c})
		return
	}
	s.data[Key{r, c}] = v
}

func (s *Sparse) Get(r, c int) float64 { return s.data[Key{r, c}] }

func (s *Sparse) keys() []Key {
	ks := make([]Key, 0, len(s.data))
	for k := range s.data {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].R != ks[j].R {
			return ks[i].R < ks[j].R
		}
		return ks[i].C < ks[j].C
	})
	return ks
}

func (s *Sparse) Mul(o *Sparse) (*Sparse, error) {
	if s.Cols != o.Rows {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", s.Rows, s.Cols, o.Rows, o.Cols)
	}
	// index o by row for fast lookup
	byRow := map[int][]Key{}
	for _, k := range o.keys() {
		byRow[k.R] = append(byRow[k.R], k)
	}
	out := NewSparse(s.Rows, o.Cols)
	for _, k := range s.keys() {
		for _, ok := range byRow[k.C] {
			out.Set(k.R, ok.C, out.Get(k.R, ok.C)+s.data[k]*o.data[ok])
		}
	}
	return out, nil
}

func (s *Sparse) Transpose() *Sparse {
	t := NewSparse(s.Cols, s.Rows)
	for k, v := range s.data {
		t.data[Key{k.C, k.R}] = v
	}
	return t
}

func (s *Sparse) Density() float64 { return float64(len(s.data)) / float64(s.Rows*s.Cols) }

func (s *Sparse) String() string {
	var b strings.Builder
	for r := 0; r < s.Rows; r++ {
		for c := 0; c < s.Cols; c++ {
			if c > 0 {
				b.WriteByte(' ')
			}
			if v, ok := s.data[Key{r, c}]; ok {
				fmt.Fprintf(&b, "%4g", v)
			} else {
				b.WriteString("   .")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// PageRank-style power iteration on a tiny link graph stored sparsely.
func pagerank(links map[string][]string, iters int) map[string]float64 {
	names := make([]string, 0, len(links))
	for n := range links {
		names = append(names, n)
	}
	sort.Strings(names)
	idx := map[string]int{}
	for i, n := range names {
		idx[n] = i
	}
	m := NewSparse(len(names), len(names))
	for _, from := range names {
		for _, to := range links[from] {
			m.Set(idx[to], idx[from], 1/float64(len(links[from])))
		}
	}
	rank := NewSparse(len(names), 1)
	for i := range names {
		rank.Set(i, 0, 1/float64(len(names)))
	}
	const d = 0.85
	for it := 0; it < iters; it++ {
		next, _ := m.Mul(rank)
		for i := range names {
			next.Set(i, 0, (1-d)/float64(len(names))+d*next.Get(i, 0))
		}
		rank = next
	}
	out := map[string]float64{}
	for i, n := range names {
		out[n] = rank.Get(i, 0)
	}
	return out
}

func main() {
	a := NewSparse(4, 5)
	a.Set(0, 0, 1)
	a.Set(0, 3, 2)
	a.Set(1, 1, 3)
	a.Set(2, 4, 4)
	a.Set(3, 0, 5)
	a.Set(3, 2, 6)
	a.Set(1, 1, 0)
	fmt.Print(a)
	fmt.Printf("nnz=%d density=%.2f\n", len(a.data), a.Density())
	at := a.Transpose()
	p, err := a.Mul(at)
	fmt.Print("A*At =\n", p, "err=", err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	ranks := pagerank(map[string][]string{
		"home":  {"about", "blog"},
		"about": {"home"},
		"blog":  {"home", "post1", "post2"},
		"post1": {"blog"},
		"post2": {"blog", "post1"},
	}, 30)
	names := make([]string, 0, len(ranks))
	for n := range ranks {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return ranks[names[i]] > ranks[names[j]] })
	for _, n := range names {
		fmt.Printf("%-6s %.4f\n", n, ranks[n])
	}
}

// Output:
//    1    .    .    2    .
//    .    .    .    .    .
//    .    .    .    .    4
//    5    .    6    .    .
// nnz=5 density=0.25
// A*At =
//    5    .    .    5
//    .    .    .    .
//    .    .   16    .
//    5    .    .   61
// err=<nil>
// cannot multiply 4x5 by 4x5
// blog   0.3335
// home   0.2348
// post1  0.1774
// about  0.1298
// post2  0.1245
