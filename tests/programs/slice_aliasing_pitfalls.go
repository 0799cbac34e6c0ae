package main

import (
	"fmt"
	"sort"
	"strings"
)

type Team struct {
	Name    string
	Members []string
}

// AddMemberBuggy shares the backing array with the original slice when capacity allows.
func withExtra(base []string, extra string) []string {
	return append(base, extra)
}

// withExtraSafe forces a copy with a full slice expression.
func withExtraSafe(base []string, extra string) []string {
	return append(base[:len(base):len(base)], extra)
}

func removeAt(xs []int, i int) []int {
	return append(xs[:i], xs[i+1:]...)
}

func dedupSorted(xs []int) []int {
	if len(xs) == 0 {
		return xs
	}
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

func filterInPlace(xs []string, keep func(string) bool) []string {
	n := 0
	for _, x := range xs {
		if keep(x) {
			xs[n] = x
			n++
		}
	}
	clear(xs[n:])
	return xs[:n]
}

func chunk(xs []int, size int) [][]int {
	var out [][]int
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size:size])
	}
	return append(out, xs)
}

func main() {
	base := make([]string, 2, 4)
	base[0], base[1] = "ann", "bob"
	a := withExtra(base, "cy")
	b := withExtra(base, "dee")
	fmt.Println("shared:", a, b, "(a was overwritten)")
	c := withExtraSafe(base, "cy")
	d := withExtraSafe(base, "dee")
	fmt.Println("safe:  ", c, d)

	teams := []Team{{"red", []string{"x"}}, {"blue", []string{"y"}}}
	for _, t := range teams {
		t.Members = append(t.Members, "ignored") // modifies a copy
	}
	for i := range teams {
		teams[i].Members = append(teams[i].Members, "added")
	}
	fmt.Println(teams)

	nums := []int{0, 1, 2, 3, 4, 5}
	view := nums[2:4]
	view[0] = 20
	view = append(view, 40) // writes nums[4]
	fmt.Println(nums, view, len(view), cap(view))
	trimmed := removeAt(nums, 1)
	fmt.Println(trimmed, nums, "(original shifted too)")

	dups := []int{5, 1, 3, 3, 1, 5, 5, 2}
	sort.Ints(dups)
	fmt.Println(dedupSorted(dups), dups)

	words := strings.Fields("go rust zig c odin nim v")
	short := filterInPlace(words, func(s string) bool { return len(s) <= 2 })
	fmt.Printf("%q %q\n", short, words)

	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3), chunk(nil, 2))
	grid := make([][]int, 3)
	row := make([]int, 3)
	for i := range grid {
		grid[i] = row // every row is the same slice!
	}
	grid[0][0] = 9
	fmt.Println(grid)
	for i := range grid {
		grid[i] = append([]int(nil), row...)
	}
	grid[1][1] = 7
	fmt.Println(grid)
	arr := [3]int{1, 2, 3}
	arrCopy := arr
	sl := arr[:]
	sl[0] = 100
	arrCopy[1] = 200
	fmt.Println(arr, arrCopy, sl)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	s := m["a"]
	s = append(s, 2)
	fmt.Println(m, s, len(m["a"]))
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), fmt.Sprint(nilSlice) == fmt.Sprint(empty))
	copied := copy(make([]int, 2), []int{7, 8, 9})
	fmt.Println(copied, copy(nums[1:], nums), nums)
}

// Output:
// shared: [ann bob dee] [ann bob dee] (a was overwritten)
// safe:   [ann bob cy] [ann bob dee]
// [{red [x added]} {blue [y added]}]
// [0 1 20 3 40 5] [20 3 40] 3 4
// [0 20 3 40 5] [0 20 3 40 5 5] (original shifted too)
// [1 2 3 5] [1 2 3 5 3 5 5 5]
// ["go" "c" "v"] ["go" "c" "v" "" "" "" ""]
// [[1 2 3] [4 5 6] [7]] [[]]
// [[9 0 0] [9 0 0] [9 0 0]]
// [[9 0 0] [9 7 0] [9 0 0]]
// [100 2 3] [1 200 3] [100 2 3]
// map[a:[1]] [1 2] 1
// true false 0 true
// 2 5 [0 0 20 3 40 5]
