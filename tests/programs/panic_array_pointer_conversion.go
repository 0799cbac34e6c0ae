package main

import "fmt"

type Header [4]byte

func readHeader(buf []byte) Header {
	return Header(buf)
}

func main() {
	frames := [][]byte{
		{'A', 'M', 'B', 'R', 1, 2},
		{'G', 'O', 'G', 'O'},
		{'X', 'Y'},
	}
	for _, f := range frames {
		h := readHeader(f)
		fmt.Printf("%s %v\n", h[:], h)
	}
}

// Output:
// AMBR [65 77 66 82]
// GOGO [71 79 71 79]
// Error:
// panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 4
