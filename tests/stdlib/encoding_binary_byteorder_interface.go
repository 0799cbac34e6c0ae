package main

import (
	"encoding/binary"
	"fmt"
)

func encode(order binary.ByteOrder, v uint32) []byte {
	b := make([]byte, 4)
	order.PutUint32(b, v)
	return b
}

func main() {
	for _, o := range []binary.ByteOrder{binary.BigEndian, binary.LittleEndian} {
		b := encode(o, 0xCAFEBABE)
		fmt.Printf("%v % x %#x\n", o, b, o.Uint32(b))
	}
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 64, 1 << 40} {
		n := binary.PutVarint(buf, x)
		fmt.Printf("%d:% x ", x, buf[:n])
	}
	fmt.Println("|")
	fmt.Println(binary.PutUvarint(buf, 1<<63), binary.MaxVarintLen16)
}

// Output:
// BigEndian ca fe ba be 0xcafebabe
// LittleEndian be ba fe ca 0xcafebabe
// 0:00 1:02 -1:01 63:7e -64:7f 64:80 01 1099511627776:80 80 80 80 80 40 |
// 10 3
