package main

import (
	"fmt"
	"strings"
)

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	for i := 1; i < len(p); i++ {
		k := pi[i-1]
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmpSearch(text, pat string) []int {
	if pat == "" {
		return nil
	}
	pi := prefixFunction(pat)
	var hits []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			hits = append(hits, i-len(pat)+1)
			k = pi[k-1]
		}
	}
	return hits
}

const base, mod = 256, 1_000_000_007

func rabinKarp(text, pat string) ([]int, int) {
	n, m := len(text), len(pat)
	if m == 0 || m > n {
		return nil, 0
	}
	high := 1
	for i := 0; i < m-1; i++ {
		high = high * base % mod
	}
	hp, ht := 0, 0
	for i := 0; i < m; i++ {
		hp = (hp*base + int(pat[i])) % mod
		ht = (ht*base + int(text[i])) % mod
	}
	var hits []int
	checks := 0
	for i := 0; ; i++ {
		if hp == ht {
			checks++
			if text[i:i+m] == pat {
				hits = append(hits, i)
			}
		}
		if i+m >= n {
			break
		}
		ht = (ht - int(text[i])*high%mod + mod) % mod
		ht = (ht*base + int(text[i+m])) % mod
	}
	return hits, checks
}

// zFunction: z[i] is the length of the longest common prefix of s and s[i:].
func zFunction(s string) []int {
	z := make([]int, len(s))
	l, r := 0, 0
	for i := 1; i < len(s); i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < len(s) && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func smallestPeriod(s string) int {
	pi := prefixFunction(s)
	p := len(s) - pi[len(s)-1]
	if len(s)%p == 0 {
		return p
	}
	return len(s)
}

func main() {
	text := "abracadabra abracadabra cadabra"
	for _, pat := range []string{"abra", "cad", "a", "xyz", "abracadabra", ""} {
		k := kmpSearch(text, pat)
		rk, checks := rabinKarp(text, pat)
		var naive []int
		if pat != "" {
			for i := 0; i+len(pat) <= len(text); i++ {
				if strings.HasPrefix(text[i:], pat) {
					naive = append(naive, i)
				}
			}
		}
		fmt.Printf("%-13q kmp=%v rk=%v checks=%d agree=%t count=%d\n", pat, k, rk, checks,
			fmt.Sprint(k) == fmt.Sprint(rk) && fmt.Sprint(k) == fmt.Sprint(naive), strings.Count(text, pat))
	}
	fmt.Println("pi(ababaca):", prefixFunction("ababaca"))
	fmt.Println("pi(aabaaab):", prefixFunction("aabaaab"))
	fmt.Println("z(aaabaab):", zFunction("aaabaab"))
	for _, s := range []string{"abcabcabc", "aaaa", "abcab", "xyxyxyxy", "q"} {
		p := smallestPeriod(s)
		fmt.Printf("period(%s) = %d (%q x %d)\n", s, p, s[:p], len(s)/p)
	}
	dna := strings.Repeat("ACGT", 50) + "GATTACA" + strings.Repeat("TGCA", 50)
	hits := kmpSearch(dna, "GATTACA")
	fmt.Println("GATTACA at", hits, "in", len(dna), "bases; index:", strings.Index(dna, "GATTACA"))
}

// Output:
// "abra"        kmp=[0 7 12 19 27] rk=[0 7 12 19 27] checks=5 agree=true count=5
// "cad"         kmp=[4 16 24] rk=[4 16 24] checks=3 agree=true count=3
// "a"           kmp=[0 3 5 7 10 12 15 17 19 22 25 27 30] rk=[0 3 5 7 10 12 15 17 19 22 25 27 30] checks=13 agree=true count=13
// "xyz"         kmp=[] rk=[] checks=0 agree=true count=0
// "abracadabra" kmp=[0 12] rk=[0 12] checks=2 agree=true count=2
// ""            kmp=[] rk=[] checks=0 agree=true count=32
// pi(ababaca): [0 0 1 2 3 0 1]
// pi(aabaaab): [0 1 0 1 2 2 3]
// z(aaabaab): [0 2 1 0 2 1 0]
// period(abcabcabc) = 3 ("abc" x 3)
// period(aaaa) = 1 ("a" x 4)
// period(abcab) = 5 ("abcab" x 1)
// period(xyxyxyxy) = 2 ("xy" x 4)
// period(q) = 1 ("q" x 1)
// GATTACA at [200] in 407 bases; index: 200
