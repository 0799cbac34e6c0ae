package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")
var ErrSingular = errors.New("matrix is singular")

func New(rows, cols int) *Matrix {
	return &Matrix{rows, cols, make([]float64, rows*cols)}
}

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			v := m.At(i, j)
			if math.Abs(v) < 1e-9 {
				v = 0
			}
			fmt.Fprintf(&b, "%7.3f", v)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) clone() *Matrix {
	c := New(m.rows, m.cols)
	copy(c.data, m.data)
	return c
}

// Det uses Gaussian elimination with partial pivoting.
func (m *Matrix) Det() (float64, error) {
	if m.rows != m.cols {
		return 0, ErrShape
	}
	a := m.clone()
	n := m.rows
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a.At(r, col)) > math.Abs(a.At(pivot, col)) {
				pivot = r
			}
		}
		if a.At(pivot, col) == 0 {
			return 0, nil
		}
		if pivot != col {
			for j := 0; j < n; j++ {
				x, y := a.At(col, j), a.At(pivot, j)
				a.Set(col, j, y)
				a.Set(pivot, j, x)
			}
			det = -det
		}
		det *= a.At(col, col)
		for r := col + 1; r < n; r++ {
			f := a.At(r, col) / a.At(col, col)
			for j := col; j < n; j++ {
				a.Set(r, j, a.At(r, j)-f*a.At(col, j))
			}
		}
	}
	return det, nil
}

// Inverse uses Gauss-Jordan elimination on an augmented matrix.
func (m *Matrix) Inverse() (*Matrix, error) {
	n := m.rows
	if n != m.cols {
		return nil, ErrShape
	}
	a := m.clone()
	inv := Identity(n)
	for col := 0; col < n; col++ {
		pivot := -1
		for r := col; r < n; r++ {
			if math.Abs(a.At(r, col)) > 1e-12 {
				pivot = r
				break
			}
		}
		if pivot < 0 {
			return nil, ErrSingular
		}
		for j := 0; j < n; j++ {
			x, y := a.At(col, j), a.At(pivot, j)
			a.Set(col, j, y)
			a.Set(pivot, j, x)
			x, y = inv.At(col, j), inv.At(pivot, j)
			inv.Set(col, j, y)
			inv.Set(pivot, j, x)
		}
		p := a.At(col, col)
		for j := 0; j < n; j++ {
			a.Set(col, j, a.At(col, j)/p)
			inv.Set(col, j, inv.At(col, j)/p)
		}
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := a.At(r, col)
			for j := 0; j < n; j++ {
				a.Set(r, j, a.At(r, j)-f*a.At(col, j))
				inv.Set(r, j, inv.At(r, j)-f*inv.At(col, j))
			}
		}
	}
	return inv, nil
}

func main() {
	a := FromRows([][]float64{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}})
	b := FromRows([][]float64{{1, 2}, {0, 1}, {4, 0}})
	fmt.Print("A =\n", a)
	fmt.Print("B^T =\n", b.Transpose())
	ab, err := a.Mul(b)
	fmt.Print("A*B =\n", ab, "err: ", err, "\n")
	if _, err := b.Mul(b); err != nil {
		fmt.Println("B*B:", err, errors.Is(err, ErrShape))
	}
	d, _ := a.Det()
	fmt.Printf("det(A) = %.4f\n", d)
	inv, err := a.Inverse()
	if err != nil {
		fmt.Println("inverse:", err)
		return
	}
	fmt.Print("A^-1 =\n", inv)
	check, _ := a.Mul(inv)
	fmt.Print("A*A^-1 =\n", check)
	sing := FromRows([][]float64{{1, 2}, {2, 4}})
	if _, err := sing.Inverse(); err != nil {
		fmt.Println("singular:", err)
	}
	d2, _ := sing.Det()
	fmt.Println("det(singular) =", d2)
	rot := FromRows([][]float64{{0, -1}, {1, 0}})
	p := Identity(2)
	for i := 1; i <= 4; i++ {
		p, _ = p.Mul(rot)
		fmt.Printf("rot^%d = %v\n", i, p.data)
	}
}

// Output:
// A =
// [  2.000   1.000   1.000]
// [  1.000   3.000   2.000]
// [  1.000   0.000   0.000]
// B^T =
// [  1.000   0.000   4.000]
// [  2.000   1.000   0.000]
// A*B =
// [  6.000   5.000]
// [  9.000   5.000]
// [  1.000   2.000]
// err: <nil>
// B*B: mul 3x2 by 3x2: shape mismatch true
// det(A) = -1.0000
// A^-1 =
// [  0.000   0.000   1.000]
// [ -2.000   1.000   3.000]
// [  3.000  -1.000  -5.000]
// A*A^-1 =
// [  1.000   0.000   0.000]
// [  0.000   1.000   0.000]
// [  0.000   0.000   1.000]
// singular: matrix is singular
// det(singular) = 0
// rot^1 = [0 -1 1 0]
// rot^2 = [-1 0 0 -1]
// rot^3 = [0 1 -1 0]
// rot^4 = [1 0 0 1]
