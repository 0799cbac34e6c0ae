package main

func main() {
	c := 'ab'
	_ = c
}

// Error:
// 4:7: more than one character in rune literal
