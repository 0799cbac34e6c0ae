package main

import "fmt"

func main() {
	words := []string{"apple", "sky", "tree", "rhythm"}
	var noVowel []string
next:
	for _, w := range words {
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				continue next
			}
		}
		noVowel = append(noVowel, w)
	}
	fmt.Println(noVowel)
}

// Output:
// [sky rhythm]
