package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98

const Huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Huge)
	const f = 1 << 62
	var x int64 = f*2 - 1 + f*2 - f*4 + 1
	fmt.Println(x)
}

// Output:
// 4
// 1024
// 1e+300
// 0
