package main

import "fmt"

type Greeter interface{ Greet(string) string }
type En struct{}
type Fr struct{ polite bool }

func (En) Greet(n string) string { return "hello " + n }
func (f Fr) Greet(n string) string {
	if f.polite {
		return "bonjour " + n
	}
	return "salut " + n
}

func main() {
	var g Greeter = En{}
	f := g.Greet
	g = Fr{true}
	fmt.Println(f("bob"), g.Greet("bob"))
	h := Greeter.Greet
	fmt.Println(h(Fr{}, "al"))
}

// Output:
// hello bob bonjour bob
// salut al
