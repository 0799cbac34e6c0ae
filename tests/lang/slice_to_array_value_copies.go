package main

import "fmt"

func main() {
	s := []string{"a", "b", "c", "d"}
	a := [2]string(s[1:])
	a[0] = "B"
	s[2] = "C"
	fmt.Println(a, s)
	type pair [2]int
	nums := []int{5, 6, 7}
	pr := pair(nums)
	nums[0] = 50
	fmt.Println(pr, nums)
	var empty [0]int = [0]int(nums[:0])
	fmt.Println(empty, len(empty))
}

// Output:
// [B c] [a b C d]
// [5 6] [50 6 7]
// [] 0
