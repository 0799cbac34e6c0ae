package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	var e error
	fmt.Println(e == nil)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i)
}

// Output:
// false true
// *main.MyErr true
// true
// false <nil>
