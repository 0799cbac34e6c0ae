package main

import "fmt"

type Stat struct {
	Count int
	Sum   float64
}

func main() {
	stats := map[string]Stat{}
	data := []struct {
		k string
		v float64
	}{{"a", 1}, {"b", 2}, {"a", 3}}
	for _, d := range data {
		s := stats[d.k]
		s.Count++
		s.Sum += d.v
		stats[d.k] = s
	}
	fmt.Println(stats)
	ptrs := map[string]*Stat{}
	for _, d := range data {
		if ptrs[d.k] == nil {
			ptrs[d.k] = &Stat{}
		}
		ptrs[d.k].Count++
	}
	fmt.Println(ptrs["a"].Count, *ptrs["b"])
}

// Output:
// map[a:{2 4} b:{1 2}]
// 2 {1 0}
