package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int  { return c.n }
func (c Counter) IncValue() { c.n++ }
func (c *Counter) Inc()     { c.n++ }

func main() {
	var c Counter
	c.IncValue()
	fmt.Println(c.Get())
	c.Inc()
	(&c).Inc()
	fmt.Println(c.Get(), (&c).Get())
	p := &c
	p.IncValue()
	p.Inc()
	fmt.Println(p.Get())
}

// Output:
// 0
// 2 2
// 3
