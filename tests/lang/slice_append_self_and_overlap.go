package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s))
	t := make([]int, 3, 10)
	copy(t, []int{1, 2, 3})
	t = append(t[:1], t[:3]...)
	fmt.Println(t)
	u := []int{1, 2, 3, 4, 5}
	copy(u[2:], u)
	fmt.Println(u)
	v := []byte("hello")
	v = append(v[:2], v[3:]...)
	fmt.Println(string(v))
}

// Output:
// [1 2 3 1 2 3] 6
// [1 1 2 3]
// [1 2 1 2 3]
// helo
