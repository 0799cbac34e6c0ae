package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 10)
	fmt.Println(arr)
	s = append(s, 11)
	s[0] = -1
	fmt.Println(arr, s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
}

// Output:
// [1 2] 2 3
// [0 1 2 10 4 5]
// [0 1 2 10 4 5] [-1 2 10 11]
// 0 0 false
