package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("disk full")
	err := fmt.Errorf("save: %w", fmt.Errorf("write block 7: %w", base))
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Println(depth, e)
		depth++
	}
	fmt.Println(errors.ErrUnsupported)
}

// Output:
// 0 save: write block 7: disk full
// 1 write block 7: disk full
// 2 disk full
// unsupported operation
