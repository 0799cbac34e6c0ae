package main

func main() {
	s := "a"
	switch s {
	case "a", "b":
	case "a":
	}
}

// Error:
// 7:7: duplicate case "a" (constant of type string) in expression switch
// 	./duplicate_case_string.go:6:7: previous case
