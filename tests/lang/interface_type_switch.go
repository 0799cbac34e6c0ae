package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v %T", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(classify(nil))
	fmt.Println(classify(3))
	fmt.Println(classify(int64(4)))
	fmt.Println(classify("hey"))
	fmt.Println(classify(&E{"bad"}))
	fmt.Println(classify([]int{1, 2}))
	fmt.Println(classify(func() int { return 7 }))
	fmt.Println(classify(3.5))
	var e *E
	fmt.Println(classify(e) == "nil")
}

// Output:
// nil
// integer 3 int
// integer 4 int64
// string of len 3
// error bad
// slice 2
// func 7
// other float64
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
