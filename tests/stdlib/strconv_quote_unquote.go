package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello\n\"world\"\t☺\x01"))
	fmt.Println(strconv.QuoteToASCII("☺ é"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `abc`, `"\u00e9"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))
}

// Output:
// "hello\n\"world\"\t☺\x01"
// "\u263a \u00e9"
// '☺' '\'' '\u263a'
// "a\tb" <nil>
// "raw\\n" <nil>
// "x" <nil>
// "" invalid syntax
// "" invalid syntax
// "é" <nil>
// false false
