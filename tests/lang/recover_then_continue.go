package main

import "fmt"

func process(n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("failed on ", n, ": ", r)
		}
	}()
	if n%3 == 0 {
		panic(fmt.Sprintf("multiple of three (%d)", n))
	}
	return fmt.Sprint("ok ", n)
}

func main() {
	for i := 1; i <= 6; i++ {
		fmt.Println(process(i))
	}
}

// Output:
// ok 1
// ok 2
// failed on 3: multiple of three (3)
// ok 4
// ok 5
// failed on 6: multiple of three (6)
