package main

import "fmt"

func describe(vals ...any) {
	for _, v := range vals {
		fmt.Printf(" %v:%T", v, v)
	}
	fmt.Println()
}

func main() {
	describe(1, "a", 2.5, true, nil, []byte("x"), 'r', uint8(3))
	var a any = struct{}{}
	fmt.Println(a)
	m := map[string]any{"n": 1, "s": []any{1, "two"}}
	fmt.Println(m)
}

// Output:
//  1:int a:string 2.5:float64 true:bool <nil>:<nil> [120]:[]uint8 114:int32 3:uint8
// {}
// map[n:1 s:[1 two]]
