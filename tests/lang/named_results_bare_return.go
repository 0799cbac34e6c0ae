package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func shadow() (n int) {
	n = 1
	{
		n := 5
		_ = n
	}
	return
}

func early(b bool) (s string, err error) {
	if b {
		return "early", nil
	}
	s = "late"
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(shadow())
	fmt.Println(early(true))
	fmt.Println(early(false))
}

// Output:
// 7 10
// 1
// early <nil>
// late <nil>
