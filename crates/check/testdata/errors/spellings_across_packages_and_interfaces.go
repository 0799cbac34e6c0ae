package main

import "strings"

type Pair struct {
	Key byte
	Val []rune
}

type Getter interface {
	Get(key string) (value any, ok bool)
}

func pick(xs ...byte) byte { return xs[0] }

func main() {
	var b strings.Builder
	b.WriteByte("x")
	var p Pair
	var s string = p.Key
	var n int = p.Val
	var g Getter
	var m int = g.Get
	var c string = pick(1, 2)
	pick("a")
	f := func(a any) rune { return 0 }
	var k int = f
	var l string = f(nil)
	_, _, _, _, _, _ = s, n, m, c, k, l
}
