package main

import "fmt"

type Speaker interface{ Speak() string }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return l.Speaker.Speak() + "!" }

type Cat struct{}

func (Cat) Speak() string { return "meow" }

func main() {
	var s Speaker = Loud{Cat{}}
	fmt.Println(s.Speak())
	s = Loud{Loud{Cat{}}}
	fmt.Println(s.Speak())
}

// Output:
// meow!
// meow!!
