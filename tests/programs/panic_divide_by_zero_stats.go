package main

import "fmt"

type Bucket struct {
	Label  string
	Values []int
}

func (b Bucket) Average() int {
	sum := 0
	for _, v := range b.Values {
		sum += v
	}
	return sum / len(b.Values)
}

func histogram(buckets []Bucket) {
	for _, b := range buckets {
		avg := b.Average()
		bar := ""
		for i := 0; i < avg/10; i++ {
			bar += "="
		}
		fmt.Printf("%-6s %3d %s\n", b.Label, avg, bar)
	}
}

func main() {
	histogram([]Bucket{
		{"mon", []int{30, 50, 70}},
		{"tue", []int{100, 80}},
		{"wed", nil},
		{"thu", []int{5}},
	})
}

// Output:
// mon     50 =====
// tue     90 =========
// Error:
// panic: runtime error: integer divide by zero
