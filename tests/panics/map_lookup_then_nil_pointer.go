package main

import "fmt"

type User struct{ Name string }

func main() {
	users := map[string]*User{"a": {"Ann"}}
	fmt.Println(users["a"].Name)
	fmt.Println(users["b"].Name)
}

// Output:
// Ann
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
