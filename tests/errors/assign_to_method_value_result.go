package main

type T struct{ X int }

func get() T { return T{} }

func main() {
	get().X = 1
}

// Error:
// 8:2: cannot assign to get().X (neither addressable nor a map index expression)
