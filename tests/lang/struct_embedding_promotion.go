package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Describe())
	fmt.Printf("%v %+v\n", d, d)
}

// Output:
// Rex 4 Rex
// Rex has 4 legs
// Max has 4 legs
// {{Max 4} lab} {Animal:{Name:Max Legs:4} Breed:lab}
