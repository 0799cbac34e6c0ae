// Named results are zero when a deferred recover returns after a panic that came before any assignment,
// even when the frame's slots held other values before the call.
package main

import "fmt"

func fill(a, b, c, d, e int) int { x, y, z := a*b, c*d, e*a; return x + y + z }

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	q = a / b
	r = a % b
	return
}

func index(s []string, i int) (v string, ok bool) {
	defer func() { recover() }()
	v = s[i]
	ok = true
	return
}

func main() {
	fmt.Println(fill(3, 5, 7, 9, 11))
	q, r, err := divmod(7, 3)
	fmt.Println(q, r, err)
	q, r, err = divmod(7, 0)
	fmt.Println(q, r, err)
	fmt.Println(divmod(7, 0))
	fmt.Println(divmod(-7, 2))
	fmt.Println(fill(1, 2, 3, 4, 5))
	v, ok := index([]string{"a"}, 0)
	fmt.Println(v, ok)
	v, ok = index([]string{"a"}, 3)
	fmt.Println(v, ok)
	fmt.Println(index([]string{"a"}, 3))
	fmt.Println(index([]string{"a"}, 0))
}

// Output:
// 111
// 2 1 <nil>
// 0 0 recovered: runtime error: integer divide by zero
// 0 0 recovered: runtime error: integer divide by zero
// -3 -1 <nil>
// 19
// a true
//  false
//  false
// a true
