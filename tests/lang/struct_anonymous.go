package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}}
	for _, p := range people {
		fmt.Printf(" %s=%d", p.Name, p.Age)
	}
	fmt.Println()
	type named struct{ X, Y int }
	var n named = pt
	fmt.Printf("%+v %T\n", n, pt)
}

// Output:
// {3 4} 12
//  Al=30 Bo=25
// {X:3 Y:4} struct { X int; Y int }
