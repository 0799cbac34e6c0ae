package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like the
present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only.`

type WordCount struct {
	Word  string
	Count int
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func topN(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func bar(n, max, width int) string {
	w := n * width / max
	return strings.Repeat("#", w) + strings.Repeat(".", width-w)
}

func main() {
	ws := words(text)
	counts := make(map[string]int)
	byLen := make(map[int][]string)
	for _, w := range ws {
		if counts[w] == 0 {
			byLen[len(w)] = append(byLen[len(w)], w)
		}
		counts[w]++
	}
	fmt.Printf("%d words, %d distinct\n", len(ws), len(counts))
	top := topN(counts, 12)
	for i, wc := range top {
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, wc.Word, wc.Count, bar(wc.Count, top[0].Count, 20))
	}

	lengths := make([]int, 0, len(byLen))
	for l := range byLen {
		lengths = append(lengths, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lengths)))
	for _, l := range lengths[:3] {
		group := byLen[l]
		sort.Strings(group)
		fmt.Printf("length %2d: %v\n", l, group)
	}

	letters := [26]int{}
	vowels := 0
	for _, r := range text {
		if r = unicode.ToLower(r); r >= 'a' && r <= 'z' {
			letters[r-'a']++
			if strings.ContainsRune("aeiou", r) {
				vowels++
			}
		}
	}
	total := 0
	for _, c := range letters {
		total += c
	}
	fmt.Printf("letters=%d vowels=%d (%.1f%%)\n", total, vowels, 100*float64(vowels)/float64(total))
	var line strings.Builder
	for i, c := range letters {
		if c == 0 {
			continue
		}
		fmt.Fprintf(&line, "%c%d ", 'a'+i, c)
	}
	fmt.Println(strings.TrimSpace(line.String()))

	singles := []string{}
	for w, c := range counts {
		if c == 1 && len(w) >= 9 {
			singles = append(singles, w)
		}
	}
	sort.Strings(singles)
	fmt.Println("long hapaxes:", strings.Join(singles, ", "))

	lines := strings.Split(text, "\n")
	longest := 0
	for i, l := range lines {
		if len(l) > len(lines[longest]) {
			longest = i
		}
	}
	fmt.Printf("%d lines; longest is #%d with %d bytes\n", len(lines), longest+1, len(lines[longest]))
	fmt.Println(strings.Count(text, "it was"), strings.Index(text, "Heaven"), strings.LastIndex(text, "the"))
	title := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, lines[0])
	fmt.Println(strings.Title(title))
}

// Output:
// 119 words, 58 distinct
//  1. the       14 ####################
//  2. of        12 #################...
//  3. was       11 ###############.....
//  4. it        10 ##############......
//  5. we         4 #####...............
//  6. age        2 ##..................
//  7. all        2 ##..................
//  8. before     2 ##..................
//  9. direct     2 ##..................
// 10. epoch      2 ##..................
// 11. for        2 ##..................
// 12. going      2 ##..................
// length 11: [authorities foolishness incredulity superlative]
// length 10: [comparison everything]
// length  8: [darkness insisted noisiest received]
// letters=475 vowels=191 (40.2%)
// a28 b5 c7 d14 e69 f19 g13 h28 i45 k2 l12 m5 n22 o44 p10 r27 s42 t48 u5 v5 w21 y4
// long hapaxes: authorities, comparison, everything, foolishness, incredulity, superlative
// 8 lines; longest is #3 with 80 bytes
// 9 370 572
// It Was The Best Of Times It Was The Worst Of Times It Was The Age Of
