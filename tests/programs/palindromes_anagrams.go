package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func normalize(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func isPalindrome(s string) bool {
	r := normalize(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// longestPalindrome expands around each center.
func longestPalindrome(s string) string {
	if s == "" {
		return ""
	}
	start, end := 0, 0
	expand := func(l, r int) (int, int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		return l + 1, r - 1
	}
	for i := range s {
		for _, pair := range [][2]int{{i, i}, {i, i + 1}} {
			l, r := expand(pair[0], pair[1])
			if r-l > end-start {
				start, end = l, r
			}
		}
	}
	return s[start : end+1]
}

func signature(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func anagramGroups(words []string) [][]string {
	groups := map[string][]string{}
	var order []string
	for _, w := range words {
		sig := signature(w)
		if _, seen := groups[sig]; !seen {
			order = append(order, sig)
		}
		groups[sig] = append(groups[sig], w)
	}
	var out [][]string
	for _, sig := range order {
		if g := groups[sig]; len(g) > 1 {
			sort.Strings(g)
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func main() {
	tests := []string{
		"A man, a plan, a canal: Panama",
		"racecar",
		"hello",
		"Was it a car or a cat I saw?",
		"No 'x' in Nixon",
		"",
		"ab",
		"Ésope reste ici et se repose",
		"12321",
	}
	for _, t := range tests {
		fmt.Printf("%-32q palindrome=%-5t reversed=%q\n", t, isPalindrome(t), reverse(t))
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"} {
		fmt.Printf("longest palindrome in %s: %s\n", s, longestPalindrome(s))
	}
	words := strings.Fields(`listen silent enlist inlets google tinsel banana
		stone tones notes onset seton rat tar art star rats arts tsar cat act dog`)
	for _, g := range anagramGroups(words) {
		fmt.Println(len(g), g)
	}
	var found []string
	for n := 10; n < 10000; n++ {
		s := fmt.Sprint(n)
		if s == reverse(s) && isPalindrome(fmt.Sprintf("%b", n)) {
			found = append(found, fmt.Sprintf("%d=%b", n, n))
		}
	}
	fmt.Println(strings.Join(found, " "))
	fmt.Println("double-base palindromes:", len(found))
}

// Output:
// "A man, a plan, a canal: Panama" palindrome=true  reversed="amanaP :lanac a ,nalp a ,nam A"
// "racecar"                        palindrome=true  reversed="racecar"
// "hello"                          palindrome=false reversed="olleh"
// "Was it a car or a cat I saw?"   palindrome=true  reversed="?was I tac a ro rac a ti saW"
// "No 'x' in Nixon"                palindrome=true  reversed="noxiN ni 'x' oN"
// ""                               palindrome=true  reversed=""
// "ab"                             palindrome=false reversed="ba"
// "Ésope reste ici et se repose"   palindrome=false reversed="esoper es te ici etser eposÉ"
// "12321"                          palindrome=true  reversed="12321"
// longest palindrome in babad: bab
// longest palindrome in cbbd: bb
// longest palindrome in forgeeksskeegfor: geeksskeeg
// longest palindrome in abacdfgdcaba: aba
// longest palindrome in x: x
// 5 [enlist inlets listen silent tinsel]
// 5 [notes onset seton stone tones]
// 4 [arts rats star tsar]
// 3 [art rat tar]
// 2 [act cat]
// 33=100001 99=1100011 313=100111001 585=1001001001 717=1011001101 7447=1110100010111 9009=10001100110001
// double-base palindromes: 7
