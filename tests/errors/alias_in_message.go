package main

type Bytes = []byte

func main() {
	var b byte
	var r rune
	var a any
	var bs Bytes
	var s string = b
	var t string = r
	var i int = a
	var j int = bs
	_, _, _, _ = s, t, i, j
}

// Error:
// 10:17: cannot use b (variable of type byte) as string value in variable declaration
// 11:17: cannot use r (variable of type rune) as string value in variable declaration
// 12:14: cannot use a (variable of interface type any) as int value in variable declaration: need type assertion
// 13:14: cannot use bs (variable of slice type Bytes) as int value in variable declaration
