package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2}
	_ = s
}

// Error:
// 13:16: cannot use Sq{…} (value of struct type Sq) as Shape value in variable declaration: Sq does not implement Shape (missing method Perimeter)
