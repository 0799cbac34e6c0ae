package main

func main() {
	switch {
	case true:
		continue
	}
}

// Error:
// 6:3: continue is not in a loop
