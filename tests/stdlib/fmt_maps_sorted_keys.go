package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 1, "alpha": 2, "mid": 3, "Beta": 4}
	fmt.Println(m)
	n := map[int]string{10: "ten", -1: "neg", 3: "three"}
	fmt.Println(n)
	f := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	type K struct{ A, B int }
	k := map[K]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3}
	fmt.Println(k)
	fmt.Printf("%v %d\n", map[string]int{}, map[string]int{"a": 1})
}

// Output:
// map[Beta:4 alpha:2 mid:3 zeta:1]
// map[-1:neg 3:three 10:ten]
// map[-1:false 0:true 2.5:true]
// map[false:0 true:1]
// map[{1 1}:3 {1 2}:2 {2 1}:1]
// map[] map[%!d(string=a):1]
