package main

type Runner interface{ Run() }

type T struct{}

func (t *T) Run() {}

func main() {
	var r Runner = T{}
	_ = r
}

// Error:
// 10:17: cannot use T{} (value of struct type T) as Runner value in variable declaration: T does not implement Runner (method Run has pointer receiver)
