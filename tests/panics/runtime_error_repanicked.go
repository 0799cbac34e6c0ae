package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("logging:", r)
			panic(r)
		}
	}()
	var m map[int]int
	m[1]++
}

// Output:
// logging: assignment to entry in nil map
// Error:
// panic: assignment to entry in nil map [recovered, repanicked]
