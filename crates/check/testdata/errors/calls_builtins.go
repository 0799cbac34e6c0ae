package main

func f(a int, b ...string) {}
func g() (int, int) { return 1, 2 }

func main() {
	f(1, 2)
	f("a")
	s := []string{}
	f(1, s)
	f(1, s...)
	f(g())
	_ = append(1, 2)
	_ = make(int)
	_ = make([]int)
	var m map[string]int
	delete(m, 1)
	_ = copy(s, "a")
	_ = cap(m)
	_ = min(1, "a")
	_ = complex(1, "a")
	_ = int64(1) << 70
	var x int = "a" + 1
	_ = []int(nil)
	_ = string(65)
	var r rune
	_ = string(r)
	panic()
	print()
}
