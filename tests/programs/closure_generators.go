package main

import (
	"fmt"
	"strings"
)

// Iterator yields values until ok is false.
type Iterator func() (int, bool)

func Range(start, end, step int) Iterator {
	cur := start
	return func() (int, bool) {
		if (step > 0 && cur >= end) || (step < 0 && cur <= end) {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func FromSlice(xs []int) Iterator {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		i++
		return xs[i-1], true
	}
}

func (it Iterator) Map(f func(int) int) Iterator {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func (it Iterator) Filter(pred func(int) bool) Iterator {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}
}

func (it Iterator) Take(n int) Iterator {
	return func() (int, bool) {
		if n <= 0 {
			return 0, false
		}
		n--
		return it()
	}
}

func (it Iterator) Collect() []int {
	var out []int
	for v, ok := it(); ok; v, ok = it() {
		out = append(out, v)
	}
	return out
}

func (it Iterator) Reduce(init int, f func(acc, v int) int) int {
	acc := init
	for v, ok := it(); ok; v, ok = it() {
		acc = f(acc, v)
	}
	return acc
}

func Zip(a, b Iterator, f func(x, y int) int) Iterator {
	return func() (int, bool) {
		x, ok1 := a()
		y, ok2 := b()
		if !ok1 || !ok2 {
			return 0, false
		}
		return f(x, y), true
	}
}

func Fibonacci() Iterator {
	a, b := 0, 1
	return func() (int, bool) {
		v := a
		a, b = b, a+b
		return v, true
	}
}

func Primes() Iterator {
	var found []int
	n := 1
	return func() (int, bool) {
	next:
		for {
			n++
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					continue next
				}
			}
			found = append(found, n)
			return n, true
		}
	}
}

func Counter() (inc func() int, get func() int, reset func()) {
	c := 0
	inc = func() int { c++; return c }
	get = func() int { return c }
	reset = func() { c = 0 }
	return
}

// Range-over-func iterator (Go 1.23).
func Words(s string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range strings.Fields(s) {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(Range(0, 10, 3).Collect())
	fmt.Println(Range(10, 0, -4).Collect())
	squares := Range(1, 100, 1).Map(func(x int) int { return x * x }).Filter(func(x int) bool { return x%3 == 1 }).Take(6)
	fmt.Println(squares.Collect())
	fmt.Println(Fibonacci().Take(15).Collect())
	evenFibSum := Fibonacci().Take(40).Filter(func(x int) bool { return x%2 == 0 }).Reduce(0, func(a, v int) int { return a + v })
	fmt.Println("sum of even fibs among first 40:", evenFibSum)
	fmt.Println(Primes().Take(20).Collect())
	fmt.Println(Zip(Primes(), Fibonacci(), func(x, y int) int { return x * y }).Take(8).Collect())
	fmt.Println(FromSlice([]int{5, 6, 7}).Map(func(x int) int { return -x }).Collect(), Range(0, 0, 1).Collect() == nil)

	inc, get, reset := Counter()
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println("counter:", get())
	reset()
	inc()
	fmt.Println("after reset:", get())

	var funcs []func() string
	for i, name := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return fmt.Sprint(i, name) })
	}
	var parts []string
	for _, f := range funcs {
		parts = append(parts, f())
	}
	fmt.Println(strings.Join(parts, " "))

	for i, w := range Words("the quick brown fox jumps over") {
		if w == "jumps" {
			break
		}
		fmt.Printf("[%d:%s]", i, w)
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// [0 3 6 9]
// [10 6 2]
// [1 4 16 25 49 64]
// [0 1 1 2 3 5 8 13 21 34 55 89 144 233 377]
// sum of even fibs among first 40: 82790070
// [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71]
// [0 3 5 14 33 65 136 247]
// [-5 -6 -7] true
// counter: 5
// after reset: 1
// 0a 1b 2c
// [0:the][1:quick][2:brown][3:fox]
// 012
