package main

func main() {
	for {
		break missing
	}
}

// Error:
// 5:9: break label not defined: missing
