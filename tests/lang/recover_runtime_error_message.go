package main

import "fmt"

func catch(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	f()
}

func main() {
	catch(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	})
	catch(func() {
		var m map[string]int
		m["a"] = 1
	})
	catch(func() {
		a, b := 1, 0
		_ = a / b
	})
	catch(func() {
		var p *struct{ X int }
		_ = p.X
	})
	catch(func() {
		var i any = "s"
		_ = i.(int)
	})
}

// Output:
// true runtime error: index out of range [5] with length 1
// true assignment to entry in nil map
// true runtime error: integer divide by zero
// true runtime error: invalid memory address or nil pointer dereference
// true interface conversion: interface {} is string, not int
