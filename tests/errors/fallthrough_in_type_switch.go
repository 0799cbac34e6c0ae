package main

func main() {
	var i any = 1
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
}

// Error:
// 7:3: cannot fallthrough in type switch
