package main

func main() {
	doThing(1)
}

// Error:
// 4:2: undefined: doThing
