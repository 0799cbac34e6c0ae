package main

import "fmt"

type Mode uint8

const (
	Read Mode = 1 << iota
	Write
	Exec
)

func (m Mode) Has(f Mode) bool { return m&f != 0 }

func (m Mode) String() string {
	s := ""
	for i, c := range "rwx" {
		if m&(1<<i) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

func main() {
	m := Read | Exec
	fmt.Println(m, m.Has(Write), m.Has(Exec))
	fmt.Println(Mode(7), Mode(0), uint8(m))
	fmt.Printf("%d %v %s\n", Write, Write, Write|Read)
}

// Output:
// r-x false true
// rwx --- 5
// 2 -w- rw-
