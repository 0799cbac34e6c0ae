package main

import "fmt"

func main() {
	goto end
	x := 1
	fmt.Println(x)
end:
	fmt.Println("end")
}

// Error:
// 6:7: goto end jumps over declaration of x at ./goto_jumps_over_declaration.go:7:4
