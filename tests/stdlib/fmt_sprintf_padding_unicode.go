package main

import "fmt"

func main() {
	fmt.Printf("|%5s|%-5s|\n", "日本", "é")
	fmt.Printf("|%.1s|%.2s|\n", "日本語", "héllo")
	fmt.Printf("|%5q|%-8q|\n", "a", "b")
	fmt.Printf("|%x|%.2x|\n", "日", "abc")
	fmt.Printf("|%08s|%-08d|\n", "ab", 5)
}

// Output:
// |   日本|é    |
// |日|hé|
// |  "a"|"b"     |
// |e697a5|6162|
// |000000ab|5       |
