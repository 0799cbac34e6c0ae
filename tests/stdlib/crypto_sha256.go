package main

import (
	"crypto/sha256"
	"fmt"
)

func main() {
	fmt.Printf("%x\n", sha256.Sum256([]byte("")))
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%X\n", sum[:4])
	fmt.Println(len(sum), sha256.Size, sha256.BlockSize)
	h := sha256.New()
	h.Write([]byte("ab"))
	h.Write([]byte("c"))
	fmt.Printf("%x\n", h.Sum(nil))
	long := make([]byte, 1000)
	for i := range long {
		long[i] = byte(i)
	}
	fmt.Printf("%x\n", sha256.Sum256(long))
}

// Output:
// e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// A948904F
// 32 32 64
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// a8af099bf2e878609558dbf69d8f88f4a31040a8cf84b549a0cfa912f12ffc3f
