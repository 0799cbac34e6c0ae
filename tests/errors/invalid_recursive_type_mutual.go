package main

type A struct{ b B }
type B struct{ a A }

func main() {}

// Error:
// 3:6: invalid recursive type A
// 	./invalid_recursive_type_mutual.go:3:6: A refers to B
// 	./invalid_recursive_type_mutual.go:4:6: B refers to A
