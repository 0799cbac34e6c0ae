package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	in := []byte("subjects?_d")
	std := base64.StdEncoding.EncodeToString(in)
	url := base64.URLEncoding.EncodeToString(in)
	fmt.Println(std, url)
	out, err := base64.URLEncoding.DecodeString(url)
	fmt.Println(string(out), err)
	_, err = base64.URLEncoding.DecodeString(std)
	fmt.Println(err)
	raw, err := base64.RawURLEncoding.DecodeString("aGk")
	fmt.Println(string(raw), err)
	dst := make([]byte, base64.StdEncoding.EncodedLen(2))
	base64.StdEncoding.Encode(dst, []byte{0, 0})
	fmt.Println(string(dst))
	nl, err := base64.StdEncoding.DecodeString("aGVs\nbG8=")
	fmt.Println(string(nl), err)
}

// Output:
// c3ViamVjdHM/X2Q= c3ViamVjdHM_X2Q=
// subjects?_d <nil>
// illegal base64 data at input byte 11
// hi <nil>
// AAA=
// hello <nil>
