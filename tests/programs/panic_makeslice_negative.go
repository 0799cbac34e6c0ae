package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(rows, cols int) *Matrix {
	return &Matrix{rows, cols, make([]float64, rows*cols)}
}

func (m *Matrix) Sub(r0, c0, r1, c1 int) *Matrix {
	out := NewMatrix(r1-r0, c1-c0)
	for r := r0; r < r1; r++ {
		for c := c0; c < c1; c++ {
			out.data[(r-r0)*out.cols+(c-c0)] = m.data[r*m.cols+c]
		}
	}
	return out
}

func main() {
	m := NewMatrix(4, 4)
	for i := range m.data {
		m.data[i] = float64(i)
	}
	s := m.Sub(1, 1, 3, 3)
	fmt.Println(s.rows, s.cols, s.data)
	s = m.Sub(0, 2, 4, 4)
	fmt.Println(s.rows, s.cols, s.data)
	s = m.Sub(3, 0, 1, 2)
	fmt.Println(s.rows, s.cols, s.data)
}

// Output:
// 2 2 [5 6 9 10]
// 4 2 [2 3 6 7 10 11 14 15]
// Error:
// panic: runtime error: makeslice: len out of range
