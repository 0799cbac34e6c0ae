package main

import "fmt"

func main() {
	s := fmt.Sprint("a", 1, 2, "b")
	t := fmt.Sprintln("a", 1, 2, "b")
	u := fmt.Sprintf("%d-%s", 7, "x")
	fmt.Printf("%q %q %q\n", s, t, u)
	fmt.Println(len(fmt.Sprintln()))
	e := fmt.Errorf("code %d", 404)
	fmt.Println(e, e.Error())
	fmt.Printf("%T\n", e)
}

// Output:
// "a1 2b" "a 1 2 b\n" "7-x"
// 1
// code 404 code 404
// *errors.errorString
