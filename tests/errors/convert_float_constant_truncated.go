package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10}
	for _, f := range fs {
		fmt.Println(int(f), int64(f))
	}
	var u uint8 = uint8(200.7)
	fmt.Println(u)
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
}

// Error:
// 10:22: cannot convert 200.7 (untyped float constant) to type uint8
