package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value recv", t.name) }
func (t *T) PShow() { fmt.Println("ptr recv", t.name) }

func main() {
	t := T{"before"}
	defer t.Show()
	defer t.PShow()
	t.name = "after"
}

// Output:
// ptr recv after
// value recv before
