package main

func join(sep string, parts ...string) (out string, err error) { return }

func main() {
	var n int = join
	_ = n
}

// Error:
// 6:14: cannot use join (value of type func(sep string, parts ...string) (out string, err error)) as int value in variable declaration
