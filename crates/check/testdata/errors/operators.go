package main

type S struct{ a int }
type MyInt int
type I interface{ M() }

func f() {}

func main() {
	var s S
	var m MyInt
	var mp map[string]int
	const c = 10
	var x int
	_ = s + 1
	_ = m + "a"
	_ = mp["a"] + "b"
	_ = c + "b"
	_ = x == nil
	_ = f()
	var y int = f()
	_ = x < true
	_ = s < s
	_ = 1 << 1.5
	_ = x << -1
	var i I = 5
	_ = x.(int)
	_ = len
	_ = S.a
	var fl float64 = 1
	_ = fl % 2
	_ = x && true
	_ = "a"[5]
	arr := [3]int{}
	_ = arr[5]
	_ = y
	_ = i
	_ = struct{}{} == struct{}{}
}
