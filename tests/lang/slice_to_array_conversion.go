package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	var e []int
	z := [0]int(e)
	fmt.Println(z, len(z))
}

// Output:
// [100 2 3] [1 2 3 4]
// [1 200] [1 200 3 4]
// [] 0
