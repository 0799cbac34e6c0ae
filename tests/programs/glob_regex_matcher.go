package main

import (
	"fmt"
	"strings"
)

// match implements a tiny regex: literals, '.', '*', '^', '$' (after Kernighan & Pike's design).
func match(re, text string) bool {
	if strings.HasPrefix(re, "^") {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && (re[0] == '.' || re[0] == text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchStar(c byte, re, text string) bool {
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" || (text[0] != c && c != '.') {
			return false
		}
		text = text[1:]
	}
}

// glob supports '*', '?' and character classes like [a-c] with DP over runes.
func glob(pattern, name string) bool {
	p, s := []rune(pattern), []rune(name)
	dp := make([][]bool, len(p)+1)
	for i := range dp {
		dp[i] = make([]bool, len(s)+1)
	}
	dp[len(p)][len(s)] = true
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == ']' {
			continue
		}
		for j := len(s); j >= 0; j-- {
			switch p[i] {
			case '*':
				dp[i][j] = dp[i+1][j] || (j < len(s) && dp[i][j+1])
			case '?':
				dp[i][j] = j < len(s) && dp[i+1][j+1]
			case '[':
				end := i + 1
				for end < len(p) && p[end] != ']' {
					end++
				}
				if end == len(p) || j == len(s) {
					dp[i][j] = false
					continue
				}
				if inClass(p[i+1:end], s[j]) {
					dp[i][j] = dp[end+1][j+1]
				}
			default:
				dp[i][j] = j < len(s) && p[i] == s[j] && dp[i+1][j+1]
			}
		}
	}
	return dp[0][0]
}

func inClass(class []rune, r rune) bool {
	negate := len(class) > 0 && class[0] == '!'
	if negate {
		class = class[1:]
	}
	found := false
	for k := 0; k < len(class); k++ {
		if k+2 < len(class) && class[k+1] == '-' {
			if r >= class[k] && r <= class[k+2] {
				found = true
			}
			k += 2
		} else if class[k] == r {
			found = true
		}
	}
	return found != negate
}

func main() {
	regexTests := []struct{ re, text string }{
		{"abc", "xxabcxx"}, {"^abc", "xxabc"}, {"^ab*c$", "ac"}, {"^ab*c$", "abbbbc"},
		{"a.c", "abc"}, {"a.c", "ac"}, {".*", ""}, {"^$", ""}, {"x*y", "y"}, {"^go.*er$", "gopher"},
		{"^go.*er$", "golang"}, {"colou*r", "the color red"},
	}
	for _, t := range regexTests {
		fmt.Printf("regex %-10q on %-14q => %v\n", t.re, t.text, match(t.re, t.text))
	}
	files := []string{"main.go", "main_test.go", "README.md", "go.mod", "go.sum", "cmd/amber/main.go",
		"notes.txt", "a1.go", "b2.go", "c3.go", "日本.go"}
	patterns := []string{"*.go", "*_test.go", "go.*", "[ab]?.go", "[!a-b]*.go", "*/*/*.go", "??.go", "*.[mt][dx]*", "[a-"}
	for _, p := range patterns {
		var hits []string
		for _, f := range files {
			if glob(p, f) {
				hits = append(hits, f)
			}
		}
		fmt.Printf("glob %-11s => %v\n", p, hits)
	}
}

// Output:
// regex "abc"      on "xxabcxx"      => true
// regex "^abc"     on "xxabc"        => false
// regex "^ab*c$"   on "ac"           => true
// regex "^ab*c$"   on "abbbbc"       => true
// regex "a.c"      on "abc"          => true
// regex "a.c"      on "ac"           => false
// regex ".*"       on ""             => true
// regex "^$"       on ""             => true
// regex "x*y"      on "y"            => true
// regex "^go.*er$" on "gopher"       => true
// regex "^go.*er$" on "golang"       => false
// regex "colou*r"  on "the color red" => true
// glob *.go        => [main.go main_test.go cmd/amber/main.go a1.go b2.go c3.go 日本.go]
// glob *_test.go   => [main_test.go]
// glob go.*        => [go.mod go.sum]
// glob [ab]?.go    => [a1.go b2.go]
// glob [!a-b]*.go  => [main.go main_test.go cmd/amber/main.go c3.go 日本.go]
// glob */*/*.go    => [cmd/amber/main.go]
// glob ??.go       => [a1.go b2.go c3.go 日本.go]
// glob *.[mt][dx]* => [README.md notes.txt]
// glob [a-         => []
