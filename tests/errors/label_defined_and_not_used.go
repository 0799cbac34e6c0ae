package main

func main() {
unused:
	for {
		break
	}
}

// Error:
// 4:1: label unused defined and not used
