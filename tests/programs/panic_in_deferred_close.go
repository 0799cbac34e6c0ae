package main

import (
	"errors"
	"fmt"
)

type File struct {
	name   string
	closed bool
	lines  []string
}

var ErrClosed = errors.New("file already closed")

func (f *File) Write(s string) {
	if f.closed {
		panic(ErrClosed)
	}
	f.lines = append(f.lines, s)
}

func (f *File) Close() {
	if f.closed {
		panic(fmt.Errorf("close %s: %w", f.name, ErrClosed))
	}
	f.closed = true
	fmt.Println("closed", f.name, "with", len(f.lines), "lines")
}

func writeReport(f *File, items []string) {
	defer f.Close()
	for _, it := range items {
		f.Write("- " + it)
	}
}

func main() {
	f := &File{name: "report.txt"}
	writeReport(f, []string{"alpha", "beta"})
	fmt.Println(f.lines)
	writeReport(f, nil)
}

// Output:
// closed report.txt with 2 lines
// [- alpha - beta]
// Error:
// panic: close report.txt: file already closed
