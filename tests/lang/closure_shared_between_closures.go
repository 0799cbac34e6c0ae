package main

import "fmt"

func main() {
	var inc, get func() int
	{
		n := 0
		inc = func() int { n++; return n }
		get = func() int { return n }
	}
	inc()
	inc()
	fmt.Println(get())
	funcs := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(funcs["add"](3, 4), funcs["mul"](3, 4))
	fmt.Println(func(x int) int { return x * x }(9))
}

// Output:
// 2
// 7 12
// 81
