package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%v %d %s\n", Monday, Monday, Tuesday+5)
}

// Output:
// Sun Mon Weekday(2)
// Mon 1 Weekday(7)
