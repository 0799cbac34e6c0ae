package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i] = true
	}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	sq := map[int]int{1: 1, 2: 4, 3: 9}
	total := 0
	for _, v := range sq {
		total += v
	}
	fmt.Println(total)
}

// Output:
// 0
// 14
