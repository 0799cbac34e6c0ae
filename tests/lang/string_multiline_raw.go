package main

import "fmt"

func main() {
	s := `line one
	line "two"\t
end`
	fmt.Println(s)
	fmt.Println(len(s))
}

// Output:
// line one
// 	line "two"\t
// end
// 26
