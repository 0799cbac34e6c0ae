package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := strconv.AppendFloat([]byte("f="), 3.25, 'g', -1, 64)
	b = strconv.AppendUint(append(b, ' '), 99, 16)
	b = strconv.AppendQuoteRune(append(b, ' '), 'é')
	b = strconv.AppendQuoteToASCII(append(b, ' '), "é")
	fmt.Println(string(b))
	fmt.Println(strconv.QuoteToGraphic("\u00a0x\t"), strconv.Quote("\u00a0"))
	fmt.Println(strconv.Quote(string([]byte{0xff, 'a'})))
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(r), mb, tail, err)
	fmt.Println(strconv.IntSize)
}

// Output:
// f=3.25 63 'é' "\u00e9"
// " x\t" "\u00a0"
// "\xffa"
// é true rest <nil>
// 64
