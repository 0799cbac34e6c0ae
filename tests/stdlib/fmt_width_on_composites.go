package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	fmt.Printf("%4v|\n", P{1, "x"})
	fmt.Printf("%-4v|\n", []int{1, 22})
	fmt.Printf("%03d|\n", [2]int{1, 2})
	fmt.Printf("%6.2f|\n", []float64{1, 2.345})
	fmt.Printf("%x|%X\n", P{255, "hi"}, map[string]int{"k": 255})
	fmt.Printf("%q\n", map[string]string{"a": "b"})
	fmt.Printf("%5t|%v\n", []bool{true, false}, [0]int{})
}

// Output:
// {   1    x}|
// [1    22  ]|
// [001 002]|
// [  1.00   2.35]|
// {ff 6869}|map[6B:FF]
// map["a":"b"]
// [ true false]|[]
