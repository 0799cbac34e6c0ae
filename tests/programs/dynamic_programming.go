package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack(items []Item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []string
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return dp[n][capacity], chosen
}

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < m && j < n; {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func lis(xs []int) []int {
	if len(xs) == 0 {
		return nil
	}
	length := make([]int, len(xs))
	prev := make([]int, len(xs))
	best := 0
	for i := range xs {
		length[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if xs[j] < xs[i] && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		if length[i] > length[best] {
			best = i
		}
	}
	var out []int
	for i := best; i >= 0; i = prev[i] {
		out = append([]int{xs[i]}, out...)
	}
	return out
}

func minCoins(coins []int, amount int) (int, map[int]int) {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		dp[a] = inf
		for _, c := range coins {
			if c <= a && dp[a-c]+1 < dp[a] {
				dp[a] = dp[a-c] + 1
				from[a] = c
			}
		}
	}
	if dp[amount] >= inf {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= from[a] {
		used[from[a]]++
	}
	return dp[amount], used
}

func maxSubarray(xs []int) (sum, lo, hi int) {
	best, cur, start := xs[0], 0, 0
	for i, x := range xs {
		if cur <= 0 {
			cur, start = x, i
		} else {
			cur += x
		}
		if cur > best {
			best, lo, hi = cur, start, i
		}
	}
	return best, lo, hi
}

func pascal(rows int) [][]int {
	t := make([][]int, rows)
	for i := range t {
		t[i] = make([]int, i+1)
		t[i][0], t[i][i] = 1, 1
		for j := 1; j < i; j++ {
			t[i][j] = t[i-1][j-1] + t[i-1][j]
		}
	}
	return t
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	for _, cap := range []int{100, 250, 5} {
		v, chosen := knapsack(items, cap)
		fmt.Printf("knapsack cap=%d value=%d items=%v\n", cap, v, chosen)
	}
	for _, p := range [][2]string{{"AGGTAB", "GXTXAYB"}, {"ABCBDAB", "BDCABA"}, {"abc", "def"}} {
		fmt.Printf("lcs(%s,%s) = %q\n", p[0], p[1], lcs(p[0], p[1]))
	}
	fmt.Println("lis:", lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20}), lis(nil))
	for _, amt := range []int{63, 7, 0} {
		n, used := minCoins([]int{1, 5, 10, 21, 25}, amt)
		fmt.Println("coins for", amt, "=", n, used)
	}
	n, used := minCoins([]int{4, 6}, 7)
	fmt.Println("impossible:", n, used == nil)
	s, lo, hi := maxSubarray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4})
	fmt.Println("max subarray:", s, lo, hi)
	s, lo, hi = maxSubarray([]int{-3, -1, -2})
	fmt.Println("all negative:", s, lo, hi)
	for _, row := range pascal(10) {
		strs := make([]string, len(row))
		for i, v := range row {
			strs[i] = fmt.Sprint(v)
		}
		line := strings.Join(strs, " ")
		fmt.Printf("%s%s\n", strings.Repeat(" ", (40-len(line))/2), line)
	}
}

// Output:
// knapsack cap=100 value=405 items=[glucose sandwich compass map]
// knapsack cap=250 value=605 items=[glucose sandwich water compass map]
// knapsack cap=5 value=0 items=[]
// lcs(AGGTAB,GXTXAYB) = "GTAB"
// lcs(ABCBDAB,BDCABA) = "BDAB"
// lcs(abc,def) = ""
// lis: [2 5 7 18 19 20] []
// coins for 63 = 3 map[21:3]
// coins for 7 = 3 map[1:2 5:1]
// coins for 0 = 0 map[]
// impossible: -1 true
// max subarray: 6 3 6
// all negative: -1 1 1
//                    1
//                   1 1
//                  1 2 1
//                 1 3 3 1
//                1 4 6 4 1
//              1 5 10 10 5 1
//             1 6 15 20 15 6 1
//           1 7 21 35 35 21 7 1
//          1 8 28 56 70 56 28 8 1
//       1 9 36 84 126 126 84 36 9 1
