package main

func main() {
	s := []int{1}
	p := &s
	for range p {
	}
}

// Error:
// 6:12: cannot range over p (variable of type *[]int)
