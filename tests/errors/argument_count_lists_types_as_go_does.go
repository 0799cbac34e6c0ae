package main

type S = []int

func f(a, b string)       {}
func v(a int, b ...any)    {}
func u(a S, b error)       {}
func r() (int, int, string) {
	x := 1
	return 1 < x, 1.5
}

func main() {
	f("x")
	v()
	u(nil, nil, nil)
	u([]int{}...)
}

// Error:
// 10:16: not enough return values
// 	have (bool, number)
// 	want (int, int, string)
// 14:4: not enough arguments in call to f
// 	have (string)
// 	want (string, string)
// 15:2: not enough arguments in call to v
// 	have ()
// 	want (int, ...any)
// 16:14: too many arguments in call to u
// 	have (nil, nil, nil)
// 	want (S, error)
// 17:2: cannot use ... in call to non-variadic u
