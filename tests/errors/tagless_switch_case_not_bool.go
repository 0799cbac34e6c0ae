package main

func main() {
	x := 1
	switch {
	case 1:
	case x:
	}
}

// Error:
// 6:7: cannot convert 1 (untyped int constant) to type bool
// 7:7: invalid case x in switch on true (mismatched types int and bool)
