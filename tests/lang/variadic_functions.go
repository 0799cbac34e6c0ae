package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals == nil)
}

func modify(s ...int) { s[0] = 100 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(info("a"), info("b", 1, "x"), info("c", nil))
	modify(xs...)
	fmt.Println(xs)
	modify(7, 8)
	fmt.Println(info("d", []interface{}{1, 2}...))
}

// Output:
// 0 1 6
// 15
// a0 true b2 false c1 false
// [100 5 6]
// d2 false
