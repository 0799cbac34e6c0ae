package main

import "fmt"

type Acc struct{ Bal int }

func (a *Acc) Deposit(n int) { a.Bal += n }

func main() {
	m := map[string]Acc{"x": {10}}
	a := m["x"]
	a.Deposit(5)
	fmt.Println(m["x"].Bal, a.Bal)
	m["x"] = a
	fmt.Println(m)
	pm := map[string]*Acc{"y": {1}}
	pm["y"].Deposit(1)
	fmt.Println(pm["y"].Bal)
	s := []Acc{{1}, {2}}
	s[0].Deposit(100)
	fmt.Println(s)
}

// Output:
// 10 15
// map[x:{15}]
// 2
// [{101} {2}]
