package main

import (
	"fmt"
	"time"
)

// entry holds a Time in an unexported field: fmt cannot call its String method there and prints its fields.
type entry struct {
	at   time.Time
	note string
}

type public struct {
	At   time.Time
	Note string
}

func main() {
	t := time.Date(2009, 11, 10, 23, 0, 0, 5, time.UTC)
	fmt.Println(entry{t, "x"})
	fmt.Printf("%+v\n", entry{t, "x"})
	fmt.Printf("%v\n", entry{})
	fmt.Println(public{t, "y"})
	fmt.Printf("%+v\n", public{t, "y"})
	fmt.Printf("%d\n", t)
	fmt.Printf("%s|%v|%q\n", t, t, t)
}

// Output:
// {{5 63393490800 <nil>} x}
// {at:{wall:5 ext:63393490800 loc:<nil>} note:x}
// {{0 0 <nil>} }
// {2009-11-10 23:00:00.000000005 +0000 UTC y}
// {At:2009-11-10 23:00:00.000000005 +0000 UTC Note:y}
// {5 63393490800 0}
// 2009-11-10 23:00:00.000000005 +0000 UTC|2009-11-10 23:00:00.000000005 +0000 UTC|"2009-11-10 23:00:00.000000005 +0000 UTC"
