package main

type T struct{ count int }

func main() {
	var t T
	_ = t.Count
}

// Error:
// 7:8: t.Count undefined (type T has no field or method Count, but does have field count)
