package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10}
	for _, f := range fs {
		fmt.Println(int(f), int64(f))
	}
	var u uint8 = uint8(fs[0] + 197.8)
	fmt.Println(u)
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
}

// Output:
// 2 2
// -2 -2
// 0 0
// 0 0
// 10000000000 10000000000
// 200
// 3.5 2.3333333
