package main

import "fmt"

func t(s string) bool { fmt.Println("t", s); return true }
func f(s string) bool { fmt.Println("f", s); return false }

func main() {
	if f("1") && t("2") {
		fmt.Println("no")
	}
	if t("3") || f("4") {
		fmt.Println("yes")
	}
	x := f("5") || t("6") && f("7")
	fmt.Println(x)
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("never")
	}
	fmt.Println("safe")
}

// Output:
// f 1
// t 3
// yes
// f 5
// t 6
// f 7
// false
// safe
