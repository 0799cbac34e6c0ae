package main

import (
	"fmt"
	"strconv"
)

type Packet struct {
	Kind    byte
	Payload []byte
}

// decode reads [kind][len][payload...] records; it trusts the length byte.
func decode(data []byte) []Packet {
	var out []Packet
	for i := 0; i < len(data); {
		kind := data[i]
		n := int(data[i+1])
		payload := data[i+2 : i+2+n]
		out = append(out, Packet{kind, payload})
		i += 2 + n
	}
	return out
}

func describe(p Packet) string {
	return string(p.Kind) + ":" + strconv.Quote(string(p.Payload))
}

func main() {
	good := []byte{'A', 3, 'f', 'o', 'o', 'B', 0, 'C', 2, 'h', 'i'}
	for _, p := range decode(good) {
		fmt.Println(describe(p))
	}
	truncated := []byte{'A', 2, 'o', 'k', 'Z', 9, 'x', 'y'}
	for _, p := range decode(truncated) {
		fmt.Println(describe(p))
	}
}

// Output:
// A:"foo"
// B:""
// C:"hi"
// Error:
// panic: runtime error: slice bounds out of range [:15] with capacity 8
