package main

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "my error" }

func main() {
	panic(&MyErr{3})
}

// Error:
// panic: my error
