package main

import "fmt"

func main() {
	var buf []byte
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('a'+i))
		buf = append(buf, ',')
	}
	buf = buf[:len(buf)-1]
	fmt.Println(string(buf))
	s := "abc"
	bs := []byte(s)
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
	fmt.Println(string(bs), s)
}

// Output:
// a,b,c,d,e
// cba abc
