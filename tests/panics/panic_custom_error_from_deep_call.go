package main

import (
	"fmt"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(mustAtoi("12"))
	fmt.Println(mustAtoi("x12"))
}

// Output:
// 12
// Error:
// panic: strconv.Atoi: parsing "x12": invalid syntax
