package main

type Reader interface{ Read() }
type File struct{}

func (*File) Read() {}

func main() {
	var r Reader = &File{}
	switch r.(type) {
	case File:
	}
}

// Error:
// 11:7: impossible type switch case: File
// 	r (variable of interface type Reader) cannot have dynamic type File (method Read has pointer receiver)
