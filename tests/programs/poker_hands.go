package main

import (
	"fmt"
	"sort"
	"strings"
)

type Card struct {
	Rank int // 2..14
	Suit byte
}

var rankChars = "23456789TJQKA"

func ParseCard(s string) (Card, error) {
	if len(s) != 2 {
		return Card{}, fmt.Errorf("bad card %q", s)
	}
	r := strings.IndexByte(rankChars, s[0])
	if r < 0 || !strings.ContainsRune("SHDC", rune(s[1])) {
		return Card{}, fmt.Errorf("bad card %q", s)
	}
	return Card{r + 2, s[1]}, nil
}

type Category int

const (
	HighCard Category = iota
	OnePair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
	StraightFlush
)

var catNames = []string{"high card", "one pair", "two pair", "three of a kind", "straight", "flush", "full house", "four of a kind", "straight flush"}

func (c Category) String() string { return catNames[c] }

type Score struct {
	Cat    Category
	Tiebrk []int
}

func (a Score) Less(b Score) bool {
	if a.Cat != b.Cat {
		return a.Cat < b.Cat
	}
	for i := range a.Tiebrk {
		if a.Tiebrk[i] != b.Tiebrk[i] {
			return a.Tiebrk[i] < b.Tiebrk[i]
		}
	}
	return false
}

func Evaluate(hand []Card) Score {
	counts := map[int]int{}
	flush := true
	for _, c := range hand {
		counts[c.Rank]++
		if c.Suit != hand[0].Suit {
			flush = false
		}
	}
	type group struct{ rank, n int }
	var groups []group
	for r, n := range counts {
		groups = append(groups, group{r, n})
	}
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].n != groups[j].n {
			return groups[i].n > groups[j].n
		}
		return groups[i].rank > groups[j].rank
	})
	var ranks []int
	for _, g := range groups {
		ranks = append(ranks, g.rank)
	}
	straight := len(groups) == 5 && ranks[0]-ranks[4] == 4
	if len(groups) == 5 && ranks[0] == 14 && ranks[1] == 5 { // wheel A-2-3-4-5
		straight = true
		ranks = []int{5, 4, 3, 2, 1}
	}
	switch {
	case straight && flush:
		return Score{StraightFlush, ranks}
	case groups[0].n == 4:
		return Score{Quads, ranks}
	case groups[0].n == 3 && groups[1].n == 2:
		return Score{FullHouse, ranks}
	case flush:
		return Score{Flush, ranks}
	case straight:
		return Score{Straight, ranks}
	case groups[0].n == 3:
		return Score{Trips, ranks}
	case groups[0].n == 2 && groups[1].n == 2:
		return Score{TwoPair, ranks}
	case groups[0].n == 2:
		return Score{OnePair, ranks}
	}
	return Score{HighCard, ranks}
}

func parseHand(s string) ([]Card, error) {
	var hand []Card
	for _, f := range strings.Fields(s) {
		c, err := ParseCard(f)
		if err != nil {
			return nil, err
		}
		hand = append(hand, c)
	}
	if len(hand) != 5 {
		return nil, fmt.Errorf("need 5 cards, got %d", len(hand))
	}
	return hand, nil
}

func main() {
	hands := []string{
		"2H 3D 5S 9C KD", "2C 3H 4S 8C AH", "2H 4S 4C 2D 4H", "2S 8S AS QS 3S",
		"TH JH QH KH AH", "AH 2D 3C 4S 5H", "9C 9D 9H 9S 2C", "KC KD 7H 7S 2D",
		"KC KD 7H 7S 3D", "6C 7D 8H 9S TC", "QC QD 4H 5S 9D", "XX 2D 3C 4S 5H", "2D 3C",
	}
	type result struct {
		hand  string
		score Score
	}
	var results []result
	for _, h := range hands {
		cards, err := parseHand(h)
		if err != nil {
			fmt.Printf("%-16s error: %v\n", h, err)
			continue
		}
		s := Evaluate(cards)
		results = append(results, result{h, s})
		fmt.Printf("%-16s %-16v %v\n", h, s.Cat, s.Tiebrk)
	}
	sort.SliceStable(results, func(i, j int) bool { return results[j].score.Less(results[i].score) })
	fmt.Println("ranking:")
	for i, r := range results {
		tie := ""
		if i > 0 && !results[i-1].score.Less(r.score) && !r.score.Less(results[i-1].score) {
			tie = " (tie)"
		}
		fmt.Printf("%2d. %s  %v%s\n", i+1, r.hand, r.score.Cat, tie)
	}
}

// Output:
// 2H 3D 5S 9C KD   high card        [13 9 5 3 2]
// 2C 3H 4S 8C AH   high card        [14 8 4 3 2]
// 2H 4S 4C 2D 4H   full house       [4 2]
// 2S 8S AS QS 3S   flush            [14 12 8 3 2]
// TH JH QH KH AH   straight flush   [14 13 12 11 10]
// AH 2D 3C 4S 5H   straight         [5 4 3 2 1]
// 9C 9D 9H 9S 2C   four of a kind   [9 2]
// KC KD 7H 7S 2D   two pair         [13 7 2]
// KC KD 7H 7S 3D   two pair         [13 7 3]
// 6C 7D 8H 9S TC   straight         [10 9 8 7 6]
// QC QD 4H 5S 9D   one pair         [12 9 5 4]
// XX 2D 3C 4S 5H   error: bad card "XX"
// 2D 3C            error: need 5 cards, got 2
// ranking:
//  1. TH JH QH KH AH  straight flush
//  2. 9C 9D 9H 9S 2C  four of a kind
//  3. 2H 4S 4C 2D 4H  full house
//  4. 2S 8S AS QS 3S  flush
//  5. 6C 7D 8H 9S TC  straight
//  6. AH 2D 3C 4S 5H  straight
//  7. KC KD 7H 7S 3D  two pair
//  8. KC KD 7H 7S 2D  two pair
//  9. QC QD 4H 5S 9D  one pair
// 10. 2C 3H 4S 8C AH  high card
// 11. 2H 3D 5S 9C KD  high card
