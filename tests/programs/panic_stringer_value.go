package main

import "fmt"

type Status int

const (
	Active Status = iota
	Suspended
	Deleted
)

func (s Status) String() string {
	return [...]string{"active", "suspended", "deleted"}[s]
}

type User struct {
	Name   string
	Status Status
}

func assertActive(u User) {
	if u.Status != Active {
		panic(u.Status)
	}
}

func main() {
	users := []User{{"ann", Active}, {"bob", Active}, {"cy", Deleted}, {"di", Suspended}}
	for _, u := range users {
		assertActive(u)
		fmt.Printf("%s is %v\n", u.Name, u.Status)
	}
}

// Output:
// ann is active
// bob is active
// Error:
// panic: deleted
