package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m["1"] = "string"
	m[1.0] = "float"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m), m[1], m[int64(1)], m[1.0], m[[2]int{1, 1}])
	var k interface{} = 1
	fmt.Println(m[k])
	_, ok := m[uint(1)]
	fmt.Println(ok)
}

// Output:
// 5 int int64 float array
// int
// false
