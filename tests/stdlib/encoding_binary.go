package main

import (
	"encoding/binary"
	"fmt"
)

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0x01020304)
	binary.LittleEndian.PutUint16(b[4:], 0x0506)
	fmt.Println(b)
	fmt.Println(binary.BigEndian.Uint16(b), binary.LittleEndian.Uint32(b))
	binary.LittleEndian.PutUint64(b, 1<<63|255)
	fmt.Println(b, binary.BigEndian.Uint64(b))
	fmt.Printf("%#x\n", binary.LittleEndian.Uint64(b))
	out := binary.BigEndian.AppendUint16(nil, 0xABCD)
	out = binary.LittleEndian.AppendUint32(out, 1)
	fmt.Println(out)
	vb := binary.AppendUvarint(nil, 300)
	fmt.Println(vb)
	v, n := binary.Uvarint(vb)
	fmt.Println(v, n)
	sb := binary.AppendVarint(nil, -3)
	sv, sn := binary.Varint(sb)
	fmt.Println(sb, sv, sn)
	fmt.Println(binary.BigEndian, binary.LittleEndian.String())
}

// Output:
// [1 2 3 4 6 5 0 0]
// 258 67305985
// [255 0 0 0 0 0 0 128] 18374686479671623808
// 0x80000000000000ff
// [171 205 1 0 0 0]
// [172 2]
// 300 2
// [5] -3 1
// BigEndian LittleEndian
