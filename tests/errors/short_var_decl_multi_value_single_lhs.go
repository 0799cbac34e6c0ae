package main

func pair() (string, error) { return "", nil }

func main() {
	s := pair()
	var t string
	t = pair()
	_, _ = s, t
}

// Error:
// 6:7: assignment mismatch: 1 variable but pair returns 2 values
// 8:6: assignment mismatch: 1 variable but pair returns 2 values
