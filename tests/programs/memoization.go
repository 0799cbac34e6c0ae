package main

import (
	"fmt"
	"strings"
)

type memoKey struct {
	i, j int
}

func memoFib() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	return fib
}

var collatzCache = map[int]int{1: 1}

func collatzLen(n int) int {
	if v, ok := collatzCache[n]; ok {
		return v
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next)
	collatzCache[n] = l
	return l
}

func editDistance(a, b string) int {
	memo := map[memoKey]int{}
	var d func(i, j int) int
	d = func(i, j int) int {
		if i == 0 {
			return j
		}
		if j == 0 {
			return i
		}
		k := memoKey{i, j}
		if v, ok := memo[k]; ok {
			return v
		}
		cost := 1
		if a[i-1] == b[j-1] {
			cost = 0
		}
		v := min(d(i-1, j)+1, d(i, j-1)+1, d(i-1, j-1)+cost)
		memo[k] = v
		return v
	}
	return d(len(a), len(b))
}

// gridPaths counts monotone lattice paths avoiding blocked cells.
func gridPaths(w, h int, blocked map[[2]int]bool) int {
	memo := make(map[[2]int]int)
	var walk func(x, y int) int
	walk = func(x, y int) int {
		if x >= w || y >= h || blocked[[2]int{x, y}] {
			return 0
		}
		if x == w-1 && y == h-1 {
			return 1
		}
		key := [2]int{x, y}
		if v, ok := memo[key]; ok {
			return v
		}
		v := walk(x+1, y) + walk(x, y+1)
		memo[key] = v
		return v
	}
	return walk(0, 0)
}

func coinWays(coins []int, amount int) int {
	type key struct{ idx, amt int }
	memo := map[key]int{}
	var ways func(idx, amt int) int
	ways = func(idx, amt int) int {
		if amt == 0 {
			return 1
		}
		if amt < 0 || idx == len(coins) {
			return 0
		}
		k := key{idx, amt}
		if v, ok := memo[k]; ok {
			return v
		}
		v := ways(idx, amt-coins[idx]) + ways(idx+1, amt)
		memo[k] = v
		return v
	}
	return ways(0, amount)
}

func wordBreak(s string, dict []string) []string {
	words := map[string]bool{}
	for _, w := range dict {
		words[w] = true
	}
	memo := map[int][]string{}
	var solve func(start int) []string
	solve = func(start int) []string {
		if start == len(s) {
			return []string{""}
		}
		if v, ok := memo[start]; ok {
			return v
		}
		var res []string
		for end := start + 1; end <= len(s); end++ {
			if w := s[start:end]; words[w] {
				for _, rest := range solve(end) {
					res = append(res, strings.TrimSpace(w+" "+rest))
				}
			}
		}
		memo[start] = res
		return res
	}
	return solve(0)
}

func main() {
	fib := memoFib()
	fmt.Println("fib(90) =", fib(90))
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if l := collatzLen(n); l > best {
			best, bestN = l, n
		}
	}
	fmt.Printf("longest collatz below 10000: n=%d len=%d (cache %d entries)\n", bestN, best, len(collatzCache))
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("edit(%q, %q) = %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println("paths 10x10:", gridPaths(10, 10, nil))
	fmt.Println("paths 10x10 blocked:", gridPaths(10, 10, map[[2]int]bool{{5, 5}: true, {2, 7}: true, {7, 2}: true}))
	fmt.Println("coin ways 100 US:", coinWays([]int{1, 5, 10, 25, 50}, 100))
	fmt.Println("coin ways 200 UK:", coinWays([]int{200, 100, 50, 20, 10, 5, 2, 1}, 200))
	for _, s := range wordBreak("catsanddog", []string{"cat", "cats", "and", "sand", "dog"}) {
		fmt.Printf("%q\n", s)
	}
	fmt.Println(len(wordBreak("pineapplepenapple", []string{"apple", "pen", "applepen", "pine", "pineapple"})), wordBreak("abc", []string{"x"}) == nil)
}

// Output:
// fib(90) = 2880067194370816120
// longest collatz below 10000: n=6171 len=262 (cache 21664 entries)
// edit("kitten", "sitting") = 3
// edit("flaw", "lawn") = 2
// edit("intention", "execution") = 5
// edit("", "abc") = 3
// edit("same", "same") = 0
// paths 10x10: 48620
// paths 10x10 blocked: 28388
// coin ways 100 US: 292
// coin ways 200 UK: 73682
// "cat sand dog"
// "cats and dog"
// 3 true
