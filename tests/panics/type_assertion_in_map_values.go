package main

import "fmt"

func main() {
	cfg := map[string]any{"port": "8080"}
	fmt.Println(cfg["port"].(string))
	port := cfg["port"].(int)
	fmt.Println(port)
}

// Output:
// 8080
// Error:
// panic: interface conversion: interface {} is string, not int
