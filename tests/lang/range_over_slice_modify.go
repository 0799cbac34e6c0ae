package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i := range t {
		t[i] *= 10
	}
	fmt.Println(t)
	for i, v := range []string{"x", "y"} {
		defer fmt.Println("deferred", i, v)
	}
}

// Output:
// 1 2 3 [1 20 3 99]
// [10 20 30]
// deferred 1 y
// deferred 0 x
