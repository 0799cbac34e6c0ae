package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	panic(fmt.Errorf("context %d: %w", 7, base))
}

// Error:
// panic: context 7: base
