package main

import (
	"encoding/hex"
	"errors"
	"fmt"
)

func main() {
	dst := make([]byte, 4)
	n, err := hex.Decode(dst, []byte("DEADbeef"))
	fmt.Println(n, err, dst)
	n, err = hex.Decode(dst, []byte("12g4"))
	fmt.Println(n, err)
	var ibe hex.InvalidByteError
	fmt.Println(errors.As(err, &ibe), byte(ibe))
	_, err = hex.DecodeString("1")
	fmt.Println(err == hex.ErrLength)
	fmt.Println(hex.AppendEncode([]byte("0x"), []byte{1, 2}))
}

// Output:
// 4 <nil> [222 173 190 239]
// 1 encoding/hex: invalid byte: U+0067 'g'
// true 103
// true
// [48 120 48 49 48 50]
