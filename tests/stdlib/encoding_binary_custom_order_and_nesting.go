package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// middleEndian is a made-up byte order: big-endian with the two halves of each word swapped.
type middleEndian struct{}

func (middleEndian) Uint16(b []byte) uint16 { return uint16(b[1])<<8 | uint16(b[0]) }
func (middleEndian) Uint32(b []byte) uint32 {
	return uint32(middleEndian{}.Uint16(b[2:]))<<16 | uint32(middleEndian{}.Uint16(b))
}
func (middleEndian) Uint64(b []byte) uint64 {
	return uint64(middleEndian{}.Uint32(b[4:]))<<32 | uint64(middleEndian{}.Uint32(b))
}
func (middleEndian) PutUint16(b []byte, v uint16) { b[0] = byte(v); b[1] = byte(v >> 8) }
func (middleEndian) PutUint32(b []byte, v uint32) {
	middleEndian{}.PutUint16(b, uint16(v))
	middleEndian{}.PutUint16(b[2:], uint16(v>>16))
}
func (middleEndian) PutUint64(b []byte, v uint64) {
	middleEndian{}.PutUint32(b, uint32(v))
	middleEndian{}.PutUint32(b[4:], uint32(v>>32))
}
func (middleEndian) String() string { return "MiddleEndian" }

type rec struct {
	A uint16
	_ [2]byte
	B int32
	C [2]uint8
	D float64
	E complex64
}

func main() {
	in := rec{A: 0x0102, B: -2, C: [2]uint8{9, 8}, D: 2.5, E: complex(1, 2)}
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, middleEndian{}, &in), buf.Len())
	fmt.Printf("% x\n", buf.Bytes())
	var out rec
	fmt.Println(binary.Read(&buf, middleEndian{}, &out), out == in, out)
	vals := []int16{1, -1, 256}
	b, err := binary.Append(nil, middleEndian{}, vals)
	fmt.Printf("% x %v\n", b, err)
	back := make([]int16, 3)
	n, err := binary.Decode(b, middleEndian{}, back)
	fmt.Println(n, err, back)
	fmt.Println(binary.Size(&in), binary.Size(vals), binary.Size([]rec{in}))
	var nested struct {
		P [2]struct{ X, Y int8 }
		Q [2][2]uint16
		R bool
	}
	nested.P[1].Y = -1
	nested.Q[1][0] = 0xABCD
	nested.R = true
	enc := make([]byte, binary.Size(nested))
	n, err = binary.Encode(enc, binary.BigEndian, nested)
	fmt.Println(n, err)
	fmt.Printf("% x\n", enc)
	var nested2 = nested
	nested2.P[1].Y = 0
	nested2.R = false
	n, err = binary.Decode(enc, binary.BigEndian, &nested2)
	fmt.Println(n, err)
	fmt.Println(nested2 == nested, nested2)
	fmt.Println(binary.Read(bytes.NewReader(enc[:3]), binary.BigEndian, &nested2))
	p := &nested.Q
	fmt.Println(binary.Write(&buf, binary.LittleEndian, p), buf.Len())
	q := &nested.P[1]
	fmt.Println(binary.Read(bytes.NewReader([]byte{5, 6}), binary.LittleEndian, q), nested.P)
}

// Output:
// <nil> 26
// 02 01 00 00 fe ff ff ff 09 08 00 00 00 00 00 00 04 40 00 00 80 3f 00 00 00 40
// <nil> true {258 [0 0] -2 [9 8] 2.5 (1+2i)}
// 01 00 ff ff 00 01 <nil>
// 6 <nil> [1 -1 256]
// 26 6 26
// 13 <nil>
// 00 00 00 ff 00 00 00 00 ab cd 00 00 01
// 13 <nil>
// true {[{0 0} {0 -1}] [[0 0] [43981 0]] true}
// unexpected EOF
// <nil> 8
// <nil> [{0 0} {5 6}]
