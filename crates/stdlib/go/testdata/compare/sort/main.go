// Compares package sort with Go's. Unstable sorts are checked for being
// sorted permutations (their order of equal elements is ours by design);
// stable sorts and searches must match Go exactly.
package main

import (
	"amberstd/compare/check"
	"fmt"
	"math"
	"math/rand"
	gosort "real/sort"
	"sort"
)

type rec struct{ key, id int }

type byKey []rec

func (x byKey) Len() int           { return len(x) }
func (x byKey) Less(i, j int) bool { return x[i].key < x[j].key }
func (x byKey) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// counting wraps an Interface to count calls.
type counting struct {
	sort.Interface
	less, swap int
}

func (c *counting) Less(i, j int) bool { c.less++; return c.Interface.Less(i, j) }
func (c *counting) Swap(i, j int)      { c.swap++; c.Interface.Swap(i, j) }

func patterns(rng *rand.Rand, n int) map[string][]int {
	p := map[string][]int{}
	mk := func(f func(i int) int) []int {
		a := make([]int, n)
		for i := range a {
			a[i] = f(i)
		}
		return a
	}
	p["random"] = mk(func(int) int { return rng.Intn(1 << 30) })
	p["few"] = mk(func(int) int { return rng.Intn(4) })
	p["sorted"] = mk(func(i int) int { return i })
	p["reversed"] = mk(func(i int) int { return n - i })
	p["equal"] = mk(func(int) int { return 7 })
	p["organ"] = mk(func(i int) int {
		if i < n/2 {
			return i
		}
		return n - i
	})
	p["sawtooth"] = mk(func(i int) int { return i % 17 })
	return p
}

func sameMultiset(a, b []rec) bool {
	ids := map[rec]int{}
	for _, r := range a {
		ids[r]++
	}
	for _, r := range b {
		ids[r]--
	}
	for _, c := range ids {
		if c != 0 {
			return false
		}
	}
	return true
}

func main() {
	rng := rand.New(rand.NewSource(42))
	sizes := []int{0, 1, 2, 3, 5, 12, 13, 20, 21, 40, 41, 100, 257, 1000, 5000}
	for _, n := range sizes {
		for name, keys := range patterns(rng, n) {
			what := fmt.Sprintf("%s/%d", name, n)
			ints1 := append([]int(nil), keys...)
			ints2 := append([]int(nil), keys...)
			sort.Ints(ints1)
			gosort.Ints(ints2)
			check.Eq("Ints "+what, ints1, ints2)
			check.Eq("IntsAreSorted "+what, sort.IntsAreSorted(ints1), true)
			recs := make([]rec, n)
			for i, k := range keys {
				recs[i] = rec{k, i}
			}
			s1 := append([]rec(nil), recs...)
			s2 := append([]rec(nil), recs...)
			sort.Stable(byKey(s1))
			gosort.Stable(byKey(s2))
			check.Eq("Stable "+what, s1, s2)
			s1 = append([]rec(nil), recs...)
			s2 = append([]rec(nil), recs...)
			sort.SliceStable(s1, func(i, j int) bool { return s1[i].key < s1[j].key })
			gosort.SliceStable(s2, func(i, j int) bool { return s2[i].key < s2[j].key })
			check.Eq("SliceStable "+what, s1, s2)
			u := append([]rec(nil), recs...)
			c := &counting{Interface: byKey(u)}
			sort.Sort(c)
			check.Eq("Sort sorted "+what, gosort.IsSorted(byKey(u)) && sameMultiset(u, recs), true)
			bound := 1
			for m := n; m > 0; m >>= 1 {
				bound++
			}
			bound = 4*n*bound + 10
			check.Eq("Sort cost "+what, c.less <= bound && c.swap <= bound, true)
			if c.less > bound || c.swap > bound {
				fmt.Println(what, c.less, c.swap, bound)
			}
			u = append([]rec(nil), recs...)
			sort.Slice(u, func(i, j int) bool { return u[i].key < u[j].key })
			check.Eq("Slice sorted "+what, gosort.IsSorted(byKey(u)) && sameMultiset(u, recs), true)
			check.Eq("SliceIsSorted "+what, sort.SliceIsSorted(u, func(i, j int) bool { return u[i].key < u[j].key }), true)
			check.Eq("IsSorted before "+what, sort.IsSorted(byKey(recs)), gosort.IsSorted(byKey(recs)))
			r1 := append([]int(nil), keys...)
			r2 := append([]int(nil), keys...)
			sort.Sort(sort.Reverse(sort.IntSlice(r1)))
			gosort.Sort(gosort.Reverse(gosort.IntSlice(r2)))
			check.Eq("Reverse "+what, r1, r2)
			strs1 := make([]string, n)
			for i, k := range keys {
				strs1[i] = fmt.Sprint(k)
			}
			strs2 := make([]string, n)
			copy(strs2, strs1)
			sort.Strings(strs1)
			gosort.Strings(strs2)
			check.Eq("Strings "+what, strs1, strs2)
			for _, x := range []int{-1, 0, 3, n / 2, n, 1 << 30} {
				check.Eq("SearchInts "+what, sort.SearchInts(ints1, x), gosort.SearchInts(ints2, x))
				check.Eq("SearchStrings "+what, sort.SearchStrings(strs1, fmt.Sprint(x)), gosort.SearchStrings(strs2, fmt.Sprint(x)))
				i1, f1 := sort.Find(n, func(i int) int { return x - ints1[i] })
				i2, f2 := gosort.Find(n, func(i int) int { return x - ints2[i] })
				check.Eq("Find "+what, []any{i1, f1}, []any{i2, f2})
			}
		}
	}
	fl1 := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.NaN(), math.Inf(-1), 2.5, -7}
	fl2 := append([]float64(nil), fl1...)
	sort.Float64s(fl1)
	gosort.Float64s(fl2)
	check.Eq("Float64s", fmt.Sprint(fl1), fmt.Sprint(fl2))
	check.Eq("Float64sAreSorted", sort.Float64sAreSorted(fl1), gosort.Float64sAreSorted(fl2))
	check.Eq("SearchFloat64s", sort.SearchFloat64s(fl1, 2.5), gosort.SearchFloat64s(fl2, 2.5))
	check.Eq("IntSlice.Search", sort.IntSlice{1, 3, 5}.Search(4), gosort.IntSlice{1, 3, 5}.Search(4))
	check.Eq("StringSlice.Search", sort.StringSlice{"a", "c"}.Search("b"), gosort.StringSlice{"a", "c"}.Search("b"))
	check.Eq("Search", sort.Search(100, func(i int) bool { return i*i >= 50 }), gosort.Search(100, func(i int) bool { return i*i >= 50 }))
	never := func(i, j int) bool { return false }
	var nilPtr *[]int
	for _, x := range []any{5, nil, nilPtr, "abc", struct{}{}, [2]int{}, map[int]int{1: 1}} {
		check.Eq(fmt.Sprintf("Slice(%T)", x), check.Panics(func() { sort.Slice(x, never) }), check.Panics(func() { gosort.Slice(x, never) }))
		check.Eq(fmt.Sprintf("SliceStable(%T)", x), check.Panics(func() { sort.SliceStable(x, never) }), check.Panics(func() { gosort.SliceStable(x, never) }))
		check.Eq(fmt.Sprintf("SliceIsSorted(%T)", x), check.Panics(func() { sort.SliceIsSorted(x, never) }), check.Panics(func() { gosort.SliceIsSorted(x, never) }))
	}
	big := make([]rec, 100000)
	c := &counting{Interface: byKey(big)}
	sort.Sort(c)
	check.Eq("all equal big cost", c.less < 4000000, true)
	for _, mode := range []string{"random", "few", "reversed"} {
		const n = 100000
		keys := patterns(rng, n)[mode]
		recs := make([]rec, n)
		for i, k := range keys {
			recs[i] = rec{k, i}
		}
		c := &counting{Interface: byKey(append([]rec(nil), recs...))}
		sort.Stable(c)
		g := &counting{Interface: byKey(append([]rec(nil), recs...))}
		gosort.Stable(g)
		fmt.Printf("Stable %s n=%d: less %d swap %d (Go's: less %d swap %d)\n", mode, n, c.less, c.swap, g.less, g.swap)
		// n*log2(n) is about 1.7e6 here.
		check.Eq("Stable cost "+mode, c.less < 6*1700000 && c.swap < 40*1700000, true)
		c = &counting{Interface: byKey(append([]rec(nil), recs...))}
		sort.Sort(c)
		g = &counting{Interface: byKey(append([]rec(nil), recs...))}
		gosort.Sort(g)
		fmt.Printf("Sort %s n=%d: less %d swap %d (Go's: less %d swap %d)\n", mode, n, c.less, c.swap, g.less, g.swap)
	}
	check.Done("sort")
}
