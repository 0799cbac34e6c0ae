package main

type T struct{ Name string }

func (T) Name() string { return "" }

func main() {}

// Error:
// 5:10: field and method with the same name Name
// 	./field_and_method_same_name.go:3:16: other declaration of Name
