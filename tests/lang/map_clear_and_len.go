package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i%10] += i
	}
	fmt.Println(len(m), m[3])
	n := m
	clear(m)
	fmt.Println(len(m), len(n), m)
	n[5] = 5
	fmt.Println(m)
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s)
}

// Output:
// 10 480
// 0 0 map[]
// map[5:5]
// [1 0 0]
