package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), ",")
			last = cap(s)
		}
	}
	fmt.Println()
	b := append([]byte(nil), "hello"...)
	fmt.Println(len(b), cap(b))
}

// Output:
// 4,8,16,32,64,128,256,512,848,1280,1792,2560,
// 5 8
