package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("hi")
}

// Error:
// 5:2: "strings" imported as str and not used
