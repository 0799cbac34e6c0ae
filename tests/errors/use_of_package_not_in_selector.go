package main

import "strings"

func main() {
	_ = strings
}

// Error:
// 3:8: "strings" imported and not used
// 6:6: use of package strings not in selector
