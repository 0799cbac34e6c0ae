package main

func main() {
	for i, v, w := range []int{1} {
	}
}

// Error:
// 4:6: declared and not used: i
// 4:9: declared and not used: v
// 4:12: range clause permits at most two iteration variables
