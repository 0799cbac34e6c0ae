package main

func main() {
	switch 1 {
	case 1:
		fallthrough
	}
}

// Error:
// 6:3: cannot fallthrough final case in switch
