package main

func main() {
	xs := []int{
		1,
		2
	}
	_ = xs
}

// Error:
// 6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
