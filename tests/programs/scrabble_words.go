package main

import (
	"fmt"
	"sort"
	"strings"
)

var letterScores = map[rune]int{}

func init() {
	groups := map[int]string{1: "aeioulnstr", 2: "dg", 3: "bcmp", 4: "fhvwy", 5: "k", 8: "jx", 10: "qz"}
	for score, letters := range groups {
		for _, r := range letters {
			letterScores[r] = score
		}
	}
}

func score(word string) int {
	s := 0
	for _, r := range strings.ToLower(word) {
		s += letterScores[r]
	}
	if len(word) == 7 {
		s += 50 // bingo
	}
	return s
}

type Rack map[rune]int

func NewRack(letters string) Rack {
	r := Rack{}
	for _, c := range letters {
		r[c]++
	}
	return r
}

// CanMake reports whether word can be built from the rack, using '?' blanks for missing letters.
func (r Rack) CanMake(word string) (bool, int) {
	avail := Rack{}
	for k, v := range r {
		avail[k] = v
	}
	blanksUsed := 0
	for _, c := range word {
		if avail[c] > 0 {
			avail[c]--
		} else if avail['?'] > 0 {
			avail['?']--
			blanksUsed++
		} else {
			return false, 0
		}
	}
	return true, blanksUsed
}

const dictionary = `quiz quartz zebra jinx axe fox box ox ace face faced decaf cafe
retains nastier stainer retinas antsier anestri ratines stearin train rain rant tan net ten ante
jazz fizz buzz lazy crazy maze zone doze qi za xi ex`

type Play struct {
	Word   string
	Score  int
	Blanks int
}

func bestPlays(rack string, n int) []Play {
	r := NewRack(rack)
	var plays []Play
	for _, w := range strings.Fields(dictionary) {
		ok, blanks := r.CanMake(w)
		if !ok {
			continue
		}
		s := score(w)
		// blank tiles score zero: subtract the cheapest letters they could stand for
		if blanks > 0 {
			vals := make([]int, 0, len(w))
			for _, c := range w {
				vals = append(vals, letterScores[c])
			}
			sort.Ints(vals)
			for i := 0; i < blanks; i++ {
				s -= vals[len(vals)-1-i]
			}
		}
		plays = append(plays, Play{w, s, blanks})
	}
	sort.Slice(plays, func(i, j int) bool {
		if plays[i].Score != plays[j].Score {
			return plays[i].Score > plays[j].Score
		}
		return plays[i].Word < plays[j].Word
	})
	if len(plays) > n {
		plays = plays[:n]
	}
	return plays
}

func main() {
	for _, w := range []string{"quiz", "Zebra", "cabbage", "retains", "", "x"} {
		fmt.Printf("%-8q %d\n", w, score(w))
	}
	for _, rack := range []string{"qiuzaex", "aeinrst", "fzz?bu?", "aaaaaaa", "cafed?x"} {
		fmt.Printf("rack %s: %v\n", rack, bestPlays(rack, 4))
	}
	anagrams := map[string][]string{}
	for _, w := range strings.Fields(dictionary) {
		k := []rune(w)
		sort.Slice(k, func(i, j int) bool { return k[i] < k[j] })
		anagrams[string(k)] = append(anagrams[string(k)], w)
	}
	var biggest []string
	for _, g := range anagrams {
		if len(g) > len(biggest) || (len(g) == len(biggest) && g[0] < biggest[0]) {
			biggest = g
		}
	}
	fmt.Println("largest anagram family:", biggest)
	total := 0
	for r := 'a'; r <= 'z'; r++ {
		total += letterScores[r]
	}
	fmt.Println("sum of letter values:", total, len(letterScores))
}

// Output:
// "quiz"   22
// "Zebra"  16
// "cabbage" 64
// "retains" 57
// ""       0
// "x"      8
// rack qiuzaex: [{quiz 22 0} {qi 11 0} {za 11 0} {axe 10 0}]
// rack aeinrst: [{anestri 57 0} {antsier 57 0} {nastier 57 0} {ratines 57 0}]
// rack fzz?bu?: [{buzz 24 0} {fizz 15 1} {jazz 9 2} {quiz 2 2}]
// rack aaaaaaa: []
// rack cafed?x: [{decaf 11 0} {faced 11 0} {axe 10 0} {cafe 9 0}]
// largest anagram family: [retains nastier stainer retinas antsier anestri ratines stearin]
// sum of letter values: 87 26
