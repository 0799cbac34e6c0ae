package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	data := []byte("any carnal pleas")
	for _, n := range []int{16, 15, 14, 13, 0} {
		fmt.Println(base64.StdEncoding.EncodeToString(data[:n]))
	}
	fmt.Println(base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Println(base64.StdEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")))
	fmt.Println(base64.RawURLEncoding.EncodeToString([]byte{0xff}))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("aGVsbG8@")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("aGk")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(5), base64.RawStdEncoding.EncodedLen(5), base64.StdEncoding.DecodedLen(8))
}

// Output:
// YW55IGNhcm5hbCBwbGVhcw==
// YW55IGNhcm5hbCBwbGVh
// YW55IGNhcm5hbCBwbGU=
// YW55IGNhcm5hbCBwbA==
//
// -__-
// +//+
// YWI
// _w
// hello world <nil>
// illegal base64 data at input byte 7
// illegal base64 data at input byte 0
// 8 7 6
