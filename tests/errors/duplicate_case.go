package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1:
	}
}

// Error:
// 7:10: duplicate case 1 (constant of type int) in expression switch
// 	./duplicate_case.go:6:7: previous case
