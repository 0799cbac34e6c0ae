package main

import (
	"errors"
	"fmt"
	"strings"
)

var glyphs = map[string]rune{
	" _ | ||_|": '0', "     |  |": '1', " _  _||_ ": '2', " _  _| _|": '3', "   |_|  |": '4',
	" _ |_  _|": '5', " _ |_ |_|": '6', " _   |  |": '7', " _ |_||_|": '8', " _ |_| _|": '9',
}

var ErrShape = errors.New("entry must be 3 lines of 27 characters")

func parseEntry(lines []string) (string, error) {
	if len(lines) != 3 {
		return "", ErrShape
	}
	for _, l := range lines {
		if len(l) != 27 {
			return "", fmt.Errorf("%w (got %d)", ErrShape, len(l))
		}
	}
	var out []rune
	for d := 0; d < 9; d++ {
		key := lines[0][d*3:d*3+3] + lines[1][d*3:d*3+3] + lines[2][d*3:d*3+3]
		if r, ok := glyphs[key]; ok {
			out = append(out, r)
		} else {
			out = append(out, '?')
		}
	}
	return string(out), nil
}

func checksumOK(acct string) bool {
	sum := 0
	for i, c := range acct {
		sum += (9 - i) * int(c-'0')
	}
	return sum%11 == 0
}

func render(acct string) []string {
	rev := map[rune]string{}
	for k, v := range glyphs {
		rev[v] = k
	}
	lines := make([]string, 3)
	for _, c := range acct {
		g := rev[c]
		for i := 0; i < 3; i++ {
			lines[i] += g[i*3 : i*3+3]
		}
	}
	return lines
}

// alternatives tries fixing one segment per digit (add or remove a pipe/underscore).
func alternatives(lines []string) []string {
	var found []string
	seen := map[string]bool{}
	for d := 0; d < 9; d++ {
		for row := 0; row < 3; row++ {
			for col := 0; col < 3; col++ {
				pos := d*3 + col
				orig := lines[row][pos]
				for _, repl := range []byte{' ', '_', '|'} {
					if repl == orig {
						continue
					}
					mod := append([]string(nil), lines...)
					b := []byte(mod[row])
					b[pos] = repl
					mod[row] = string(b)
					acct, _ := parseEntry(mod)
					if !strings.Contains(acct, "?") && checksumOK(acct) && !seen[acct] {
						seen[acct] = true
						found = append(found, acct)
					}
				}
			}
		}
	}
	return found
}

func status(lines []string) string {
	acct, err := parseEntry(lines)
	if err != nil {
		return "error: " + err.Error()
	}
	switch {
	case strings.Contains(acct, "?"):
		alts := alternatives(lines)
		if len(alts) == 1 {
			return alts[0] + " (repaired from " + acct + ")"
		}
		return acct + " ILL"
	case !checksumOK(acct):
		alts := alternatives(lines)
		if len(alts) == 1 {
			return alts[0] + " (repaired from " + acct + ")"
		}
		if len(alts) > 1 {
			return fmt.Sprintf("%s AMB %v", acct, alts)
		}
		return acct + " ERR"
	}
	return acct
}

func main() {
	for _, acct := range []string{"123456789", "000000051", "490067715", "111111111", "888888888"} {
		lines := render(acct)
		for _, l := range lines {
			fmt.Printf("[%s]\n", l)
		}
		fmt.Println("=>", status(lines))
	}
	broken := render("123456789")
	b := []byte(broken[1])
	b[4] = ' ' // damage the 2
	broken[1] = string(b)
	fmt.Println("damaged:", status(broken))
	fmt.Println(status([]string{"short", "", ""}))
	_, err := parseEntry([]string{"a"})
	fmt.Println(err, errors.Is(err, ErrShape))
}

// Output:
// [    _  _     _  _  _  _  _ ]
// [  | _| _||_||_ |_   ||_||_|]
// [  ||_  _|  | _||_|  ||_| _|]
// => 123456789
// [ _  _  _  _  _  _  _  _    ]
// [| || || || || || || ||_   |]
// [|_||_||_||_||_||_||_| _|  |]
// => 000000051
// [    _  _  _  _  _  _     _ ]
// [|_||_|| || ||_   |  |  ||_ ]
// [  | _||_||_||_|  |  |  | _|]
// => 490067715 AMB [490867715 490067115 490067719]
// [                           ]
// [  |  |  |  |  |  |  |  |  |]
// [  |  |  |  |  |  |  |  |  |]
// => 711111111 (repaired from 111111111)
// [ _  _  _  _  _  _  _  _  _ ]
// [|_||_||_||_||_||_||_||_||_|]
// [|_||_||_||_||_||_||_||_||_|]
// => 888888888 AMB [888886888 888888988 888888880]
// damaged: 123456789 (repaired from 1?3456789)
// error: entry must be 3 lines of 27 characters (got 5)
// entry must be 3 lines of 27 characters true
