package main

func main() {
	m := map[string]map[string]int{}
	m["outer"]["inner"] = 1
}

// Error:
// panic: assignment to entry in nil map
