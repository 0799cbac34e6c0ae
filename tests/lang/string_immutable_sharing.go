package main

import "fmt"

func main() {
	b := []byte("hello")
	s := string(b)
	b[0] = 'j'
	fmt.Println(s, string(b))
	t := s[1:4]
	s = "other"
	fmt.Println(t, s)
	m := map[string]int{string(b): 1}
	b[0] = 'x'
	fmt.Println(m)
}

// Output:
// hello jello
// ell other
// map[jello:1]
