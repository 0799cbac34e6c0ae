package main

import "fmt"

func main() {
	i := 10
	i++
	i--
	i += 5
	i -= 2
	i *= 3
	i /= 4
	i %= 5
	fmt.Println(i)
	arr := [3]int{}
	arr[1]++
	arr[1] += 10
	fmt.Println(arr)
	m := map[string]int{}
	m["a"]++
	m["a"] += 2
	fmt.Println(m)
}

// Output:
// 4
// [0 11 0]
// map[a:3]
