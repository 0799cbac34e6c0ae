package main

import "fmt"

func main() {
	idx := map[string]int{"a": 0, "z": 26}
	var letters [26]rune
	for i := range letters {
		letters[i] = rune('a' + i)
	}
	fmt.Println(string(letters[idx["a"]]))
	fmt.Println(string(letters[idx["z"]]))
}

// Output:
// a
// Error:
// panic: runtime error: index out of range [26] with length 26
