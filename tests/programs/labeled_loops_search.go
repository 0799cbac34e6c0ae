package main

import (
	"fmt"
	"strings"
)

func findPair(nums []int, target int) (int, int, bool) {
	i, j := -1, -1
outer:
	for a := range nums {
		for b := a + 1; b < len(nums); b++ {
			if nums[a]+nums[b] == target {
				i, j = a, b
				break outer
			}
		}
	}
	return i, j, i >= 0
}

// firstRowWithoutNegatives uses continue with a label to skip whole rows.
func firstRowWithoutNegatives(m [][]int) int {
rows:
	for r, row := range m {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
		}
		return r
	}
	return -1
}

// parseRetry retries with goto, as some older C-style code does.
func parseRetry(inputs []string) (string, int) {
	attempt := 0
retry:
	if attempt >= len(inputs) {
		return "", attempt
	}
	s := strings.TrimSpace(inputs[attempt])
	attempt++
	if s == "" || strings.HasPrefix(s, "#") {
		goto retry
	}
	return s, attempt
}

func wordSearch(grid []string, word string) (int, int, string) {
	dirs := []struct {
		dr, dc int
		name   string
	}{{0, 1, "E"}, {1, 0, "S"}, {1, 1, "SE"}, {-1, 1, "NE"}, {0, -1, "W"}, {-1, 0, "N"}}
	for r := range grid {
		for c := range grid[r] {
		dirLoop:
			for _, d := range dirs {
				for k := 0; k < len(word); k++ {
					rr, cc := r+k*d.dr, c+k*d.dc
					if rr < 0 || rr >= len(grid) || cc < 0 || cc >= len(grid[rr]) || grid[rr][cc] != word[k] {
						continue dirLoop
					}
				}
				return r, c, d.name
			}
		}
	}
	return -1, -1, ""
}

func collatzSteps(limit int) (int, int) {
	best, at := 0, 0
	for n := 1; n <= limit; n++ {
		steps := 0
		for x := n; x != 1; steps++ {
			switch {
			case x%2 == 0:
				x /= 2
			default:
				x = 3*x + 1
			}
		}
		if steps > best {
			best, at = steps, n
		}
	}
	return best, at
}

func main() {
	nums := []int{8, 3, 11, 5, 7, 2, 9}
	for _, t := range []int{16, 10, 100} {
		i, j, ok := findPair(nums, t)
		fmt.Printf("target %d: ok=%t i=%d j=%d\n", t, ok, i, j)
	}
	m := [][]int{{1, -2, 3}, {4, 5, -6}, {7, 8, 9}, {-1, 0, 0}}
	fmt.Println("first clean row:", firstRowWithoutNegatives(m), firstRowWithoutNegatives([][]int{{-1}}))
	s, n := parseRetry([]string{"  ", "# comment", "", "value=42", "other"})
	fmt.Printf("parsed %q after %d attempts\n", s, n)
	s, n = parseRetry([]string{"#", ""})
	fmt.Printf("parsed %q after %d attempts\n", s, n)
	grid := []string{
		"GOLANGX",
		"AMBERQZ",
		"XRUSTOP",
		"DETERMZ",
		"TSEWZAM",
	}
	for _, w := range []string{"AMBER", "RUST", "GAX", "MAZ", "TEST", "OMR", "ZT"} {
		r, c, d := wordSearch(grid, w)
		fmt.Printf("%-6s r=%2d c=%2d dir=%q\n", w, r, c, d)
	}
	steps, at := collatzSteps(3000)
	fmt.Println("collatz:", steps, "steps at", at)
	count := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			count += 10
		}
		count++
	}
	fmt.Println("count:", count)
}

// Output:
// target 16: ok=true i=2 j=3
// target 10: ok=true i=0 j=5
// target 100: ok=false i=-1 j=-1
// first clean row: 2 -1
// parsed "value=42" after 4 attempts
// parsed "" after 2 attempts
// AMBER  r= 1 c= 0 dir="E"
// RUST   r= 2 c= 1 dir="E"
// GAX    r= 0 c= 0 dir="S"
// MAZ    r= 4 c= 6 dir="W"
// TEST   r=-1 c=-1 dir=""
// OMR    r= 0 c= 1 dir="S"
// ZT     r=-1 c=-1 dir=""
// collatz: 216 steps at 2919
// count: 34
