package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	fmt.Println(copy(dst, []int{}), dst)
}

// Output:
// 3 [1 2 3]
// 4 [1 1 2 3 4]
// 4 [104 195 169 108]
// 0 [1 2 3]
