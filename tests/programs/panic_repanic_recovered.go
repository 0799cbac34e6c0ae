package main

import (
	"errors"
	"fmt"
)

var ErrCorrupt = errors.New("corrupt record")

func process(records []string) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after", n, "records:", r)
			panic(r)
		}
	}()
	for _, rec := range records {
		if rec == "" {
			panic(ErrCorrupt)
		}
		n++
	}
	return n
}

func main() {
	fmt.Println(process([]string{"a", "b"}))
	fmt.Println(process([]string{"a", "", "c"}))
}

// Output:
// 2
// cleanup after 1 records: corrupt record
// Error:
// panic: corrupt record [recovered, repanicked]
