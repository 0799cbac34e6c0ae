package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split(",", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 1))
	fmt.Printf("%q\n", strings.SplitAfterN("1.2.3.4", ".", 3))
	fmt.Printf("%q\n", strings.Split("日本語", ""))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Println(strings.Split("x", "x") == nil, len(strings.Split("x", "x")))
}

// Output:
// ["a" "b" "c" ""]
// ["" ""]
// []
// ["a" "b" "c"]
// ["a,b,c"]
// ["1." "2." "3.4"]
// ["日" "本" "語"]
// ["a" "b" "c"]
// false 2
