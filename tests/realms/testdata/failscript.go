package main

import "r/counter"

func main() {
	counter.Incr(1000)
	panic("script fails after changing the counter")
}
