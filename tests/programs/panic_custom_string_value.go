package main

import "fmt"

type Code int

const (
	OK Code = iota
	Warn
	Fatal
)

type Checker struct {
	rules map[string]func(int) Code
}

func (c *Checker) Run(name string, v int) Code {
	code := c.rules[name](v)
	if code == Fatal {
		panic(fmt.Sprintf("rule %s failed fatally for value %d", name, v))
	}
	return code
}

func main() {
	c := &Checker{rules: map[string]func(int) Code{
		"positive": func(v int) Code {
			if v > 0 {
				return OK
			}
			return Warn
		},
		"small": func(v int) Code {
			if v < 100 {
				return OK
			}
			return Fatal
		},
	}}
	for _, v := range []int{5, -3, 50, 500} {
		fmt.Println(v, c.Run("positive", v), c.Run("small", v))
	}
}

// Output:
// 5 0 0
// -3 1 0
// 50 0 0
// Error:
// panic: rule small failed fatally for value 500
