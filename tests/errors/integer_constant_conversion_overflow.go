package main

type Small int8

func main() {
	_ = int8(300)
	_ = Small(-200)
	_ = uint(-1)
}

// Error:
// 6:11: constant 300 overflows int8
// 7:12: constant -200 overflows Small
// 8:11: constant -1 overflows uint
