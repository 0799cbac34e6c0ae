package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       [3]byte
	Length  int32
	Ratio   float32
	Big     float64
	OK      bool
	C       complex64
	Inner   struct{ A, B int16 }
}

type Temp int16

func main() {
	var h Header
	copy(h.Magic[:], "AMBR")
	h.Version = 2
	h.Flags = 0x81
	h.Length = -5
	h.Ratio = 1.5
	h.Big = -0.25
	h.OK = true
	h.C = complex(1, -2)
	h.Inner.A, h.Inner.B = 7, -7
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Size([]Header{h, h}))
	fmt.Println(binary.Size(int(1)), binary.Size("x"), binary.Size([]int{1}), binary.Size(uint32(1)), binary.Size([3]uint16{}), binary.Size(Temp(3)))
	var nilp *Header
	var nili *int32
	fmt.Println(binary.Size(nilp), binary.Size(nili), binary.Size(struct{}{}), binary.Size([]struct{}{}))
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		err := binary.Write(&buf, order, h)
		fmt.Println(order, err, buf.Len())
		fmt.Printf("% x\n", buf.Bytes())
		var back Header
		back.Flags = 9
		err = binary.Read(bytes.NewReader(buf.Bytes()), order, &back)
		fmt.Println(err, back == h, back)
	}
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.BigEndian, []uint16{1, 2, 0xfffe}))
	fmt.Println(binary.Write(&buf, binary.BigEndian, int64(-2)))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Temp(-300)))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, []bool{true, false}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, [2]float64{1, 2}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, 5))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, "str"))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, []string{"a"}))
	fmt.Printf("% x\n", buf.Bytes())
	r := bytes.NewReader(buf.Bytes())
	u := make([]uint16, 3)
	var i64 int64
	var t Temp
	bs := make([]bool, 2)
	var fa [2]float64
	fmt.Println(binary.Read(r, binary.BigEndian, u), u)
	fmt.Println(binary.Read(r, binary.BigEndian, &i64), i64)
	fmt.Println(binary.Read(r, binary.LittleEndian, &t), t)
	fmt.Println(binary.Read(r, binary.LittleEndian, bs), bs)
	fmt.Println(binary.Read(r, binary.LittleEndian, &fa), fa)
	fmt.Println(binary.Read(r, binary.LittleEndian, &i64), i64)
	var x int
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &x))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, t))
	var u32 uint32
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &u32), u32)
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.LittleEndian, &u32), u32)
	ab, err := binary.Append([]byte{0xAA}, binary.BigEndian, uint32(0x01020304))
	fmt.Println(ab, err)
	ab, err = binary.Append(nil, binary.BigEndian, 3)
	fmt.Println(ab, err)
	eb := make([]byte, 3)
	n, err := binary.Encode(eb, binary.LittleEndian, uint16(0x0102))
	fmt.Println(n, err, eb)
	n, err = binary.Encode(eb, binary.LittleEndian, uint32(1))
	fmt.Println(n, err, eb)
	n, err = binary.Encode(eb, binary.LittleEndian, 1)
	fmt.Println(n, err)
	n, err = binary.Decode([]byte{1, 2, 3}, binary.BigEndian, &t)
	fmt.Println(n, err, t)
	n, err = binary.Decode([]byte{1}, binary.BigEndian, &t)
	fmt.Println(n, err, t)
	n, err = binary.Decode([]byte{1}, binary.BigEndian, &x)
	fmt.Println(n, err, t)
	hs := make([]Header, 2)
	fmt.Println(binary.Size(hs))
}

// Output:
// 39 39 78
// -1 -1 -1 4 6 2
// -1 -1 0 0
// LittleEndian <nil> 39
// 41 4d 42 52 02 00 81 00 00 00 fb ff ff ff 00 00 c0 3f 00 00 00 00 00 00 d0 bf 01 00 00 80 3f 00 00 00 c0 07 00 f9 ff
// <nil> true {[65 77 66 82] 2 129 [0 0 0] -5 1.5 -0.25 true (1-2i) {7 -7}}
// BigEndian <nil> 39
// 41 4d 42 52 00 02 81 00 00 00 ff ff ff fb 3f c0 00 00 bf d0 00 00 00 00 00 00 01 3f 80 00 00 c0 00 00 00 00 07 ff f9
// <nil> true {[65 77 66 82] 2 129 [0 0 0] -5 1.5 -0.25 true (1-2i) {7 -7}}
// <nil>
// <nil>
// <nil>
// <nil>
// <nil>
// binary.Write: some values are not fixed-sized in type int
// binary.Write: some values are not fixed-sized in type string
// binary.Write: some values are not fixed-sized in type []string
// 00 01 00 02 ff fe ff ff ff ff ff ff ff fe d4 fe 01 00 00 00 00 00 00 00 f0 3f 00 00 00 00 00 00 00 40
// <nil> [1 2 65534]
// <nil> -2
// <nil> -300
// <nil> [true false]
// <nil> [1 2]
// EOF -2
// binary.Read: invalid type *int
// binary.Read: invalid type main.Temp
// unexpected EOF 0
// EOF 0
// [170 1 2 3 4] <nil>
// [] binary.Append: some values are not fixed-sized in type int
// 2 <nil> [2 1 0]
// 0 buffer too small [2 1 0]
// 0 binary.Encode: some values are not fixed-sized in type int
// 2 <nil> 258
// 0 buffer too small 258
// 0 binary.Decode: invalid type *int 258
// 78
