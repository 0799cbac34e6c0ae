package main

type T struct{ A int }

func main() {
	var t T
	t.A := 1
}

// Error:
// 7:2: non-name t.A on left side of :=
