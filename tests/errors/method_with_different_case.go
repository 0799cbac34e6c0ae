package main

type T struct{}

func (T) run() {}

func main() {
	var t T
	t.Run()
}

// Error:
// 9:4: t.Run undefined (type T has no field or method Run, but does have method run)
