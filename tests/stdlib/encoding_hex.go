package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	src := []byte("Hello Gopher!")
	enc := hex.EncodeToString(src)
	fmt.Println(enc)
	dec, err := hex.DecodeString(enc)
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{0, 255, 16})
	fmt.Println(string(dst), hex.DecodedLen(10))
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	fmt.Println(hex.EncodeToString(nil) == "")
}

// Output:
// 48656c6c6f20476f7068657221
// Hello Gopher! <nil>
// encoding/hex: odd length hex string
// encoding/hex: invalid byte: U+007A 'z'
// 00ff10 5
// 00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|
// 00000010  58 59 5a                                          |XYZ|
// true
