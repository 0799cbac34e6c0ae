package main

func main() {
	defer func() {
		panic(uint8(200))
	}()
	panic(true)
}

// Error:
// panic: true
// 	panic: 200
