package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.OnesCount8(7))
	fmt.Println(bits.LeadingZeros32(1), bits.LeadingZeros64(0), bits.TrailingZeros(8), bits.TrailingZeros16(0))
	fmt.Println(bits.Len(8), bits.Len64(0), bits.Len8(255))
	fmt.Println(bits.Reverse8(1), bits.ReverseBytes16(0x1234) == 0x3412, bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow, bits.UintSize)
}

// Output:
// 8 2 3
// 31 64 3 16
// 4 0 8
// 128 true 3 2147483648
// 1 1
// 65536 0
// 6148914691236517205 1
// 18446744073709551615 1 64
