package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

var ErrEmpty = errors.New("ring buffer is empty")

// Ring is a fixed-capacity FIFO that overwrites the oldest element when full.
type Ring struct {
	buf        []float64
	head, size int
	dropped    int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]float64, n)} }

func (r *Ring) Push(v float64) {
	if r.size == len(r.buf) {
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		r.dropped++
		return
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
}

func (r *Ring) Pop() (float64, error) {
	if r.size == 0 {
		return 0, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring) Values() []float64 {
	out := make([]float64, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

func (r *Ring) Mean() float64 {
	if r.size == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, v := range r.Values() {
		s += v
	}
	return s / float64(r.size)
}

func (r *Ring) MinMax() (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range r.Values() {
		lo = math.Min(lo, v)
		hi = math.Max(hi, v)
	}
	return
}

type EWMA struct {
	alpha float64
	value float64
	init  bool
}

func (e *EWMA) Add(v float64) float64 {
	if !e.init {
		e.value, e.init = v, true
	} else {
		e.value = e.alpha*v + (1-e.alpha)*e.value
	}
	return e.value
}

func sparkline(vals []float64) string {
	bars := []rune("▁▂▃▄▅▆▇█")
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vals {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	var b strings.Builder
	for _, v := range vals {
		i := 0
		if hi > lo {
			i = int((v - lo) / (hi - lo) * float64(len(bars)-1))
		}
		b.WriteRune(bars[i])
	}
	return b.String()
}

func main() {
	samples := []float64{12, 15, 11, 30, 28, 27, 14, 13, 45, 44, 12, 10, 9, 22, 25}
	r := NewRing(5)
	ew := &EWMA{alpha: 0.3}
	for i, s := range samples {
		r.Push(s)
		lo, hi := r.MinMax()
		fmt.Printf("t=%2d v=%4.0f window=%-22v mean=%6.2f min=%3.0f max=%3.0f ewma=%6.3f\n",
			i, s, r.Values(), r.Mean(), lo, hi, ew.Add(s))
	}
	fmt.Println("dropped:", r.dropped)
	fmt.Println(sparkline(samples))
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println(r.Mean(), len(r.Values()))
	lo, hi := r.MinMax()
	fmt.Println(lo, hi, math.IsNaN(r.Mean()), math.IsInf(lo, 1))
}

// Output:
// t= 0 v=  12 window=[12                    ] mean= 12.00 min= 12 max= 12 ewma=12.000
// t= 1 v=  15 window=[12                     15                    ] mean= 13.50 min= 12 max= 15 ewma=12.900
// t= 2 v=  11 window=[12                     15                     11                    ] mean= 12.67 min= 11 max= 15 ewma=12.330
// t= 3 v=  30 window=[12                     15                     11                     30                    ] mean= 17.00 min= 11 max= 30 ewma=17.631
// t= 4 v=  28 window=[12                     15                     11                     30                     28                    ] mean= 19.20 min= 11 max= 30 ewma=20.742
// t= 5 v=  27 window=[15                     11                     30                     28                     27                    ] mean= 22.20 min= 11 max= 30 ewma=22.619
// t= 6 v=  14 window=[11                     30                     28                     27                     14                    ] mean= 22.00 min= 11 max= 30 ewma=20.033
// t= 7 v=  13 window=[30                     28                     27                     14                     13                    ] mean= 22.40 min= 13 max= 30 ewma=17.923
// t= 8 v=  45 window=[28                     27                     14                     13                     45                    ] mean= 25.40 min= 13 max= 45 ewma=26.046
// t= 9 v=  44 window=[27                     14                     13                     45                     44                    ] mean= 28.60 min= 13 max= 45 ewma=31.432
// t=10 v=  12 window=[14                     13                     45                     44                     12                    ] mean= 25.60 min= 12 max= 45 ewma=25.603
// t=11 v=  10 window=[13                     45                     44                     12                     10                    ] mean= 24.80 min= 10 max= 45 ewma=20.922
// t=12 v=   9 window=[45                     44                     12                     10                     9                     ] mean= 24.00 min=  9 max= 45 ewma=17.345
// t=13 v=  22 window=[44                     12                     10                     9                      22                    ] mean= 19.40 min=  9 max= 44 ewma=18.742
// t=14 v=  25 window=[12                     10                     9                      22                     25                    ] mean= 15.60 min=  9 max= 25 ewma=20.619
// dropped: 10
// ▁▂▁▅▄▄▁▁█▇▁▁▁▃▄
// 12;10;9;22;25;drained: ring buffer is empty
// NaN 0
// +Inf -Inf true true
