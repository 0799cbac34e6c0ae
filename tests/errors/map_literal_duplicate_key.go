package main

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	_ = m
}

// Error:
// 4:38: duplicate key "a" in map literal
