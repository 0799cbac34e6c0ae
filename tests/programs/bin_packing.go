package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name string
	Size int
}

type Bin struct {
	Cap   int
	Items []Item
}

func (b *Bin) Used() int {
	n := 0
	for _, it := range b.Items {
		n += it.Size
	}
	return n
}

func (b *Bin) Free() int { return b.Cap - b.Used() }

func (b *Bin) String() string {
	names := make([]string, len(b.Items))
	for i, it := range b.Items {
		names[i] = fmt.Sprintf("%s:%d", it.Name, it.Size)
	}
	return fmt.Sprintf("[%3d/%d] %s", b.Used(), b.Cap, strings.Join(names, " "))
}

var ErrTooBig = errors.New("item larger than bin")

type Strategy func(bins []*Bin, it Item) int

func firstFit(bins []*Bin, it Item) int {
	for i, b := range bins {
		if b.Free() >= it.Size {
			return i
		}
	}
	return -1
}

func bestFit(bins []*Bin, it Item) int {
	best := -1
	for i, b := range bins {
		if f := b.Free(); f >= it.Size && (best < 0 || f < bins[best].Free()) {
			best = i
		}
	}
	return best
}

func worstFit(bins []*Bin, it Item) int {
	best := -1
	for i, b := range bins {
		if f := b.Free(); f >= it.Size && (best < 0 || f > bins[best].Free()) {
			best = i
		}
	}
	return best
}

func pack(items []Item, capacity int, choose Strategy, decreasing bool) ([]*Bin, error) {
	order := append([]Item(nil), items...)
	if decreasing {
		sort.SliceStable(order, func(i, j int) bool { return order[i].Size > order[j].Size })
	}
	var bins []*Bin
	for _, it := range order {
		if it.Size > capacity {
			return bins, fmt.Errorf("%s (%d): %w", it.Name, it.Size, ErrTooBig)
		}
		i := choose(bins, it)
		if i < 0 {
			bins = append(bins, &Bin{Cap: capacity})
			i = len(bins) - 1
		}
		bins[i].Items = append(bins[i].Items, it)
	}
	return bins, nil
}

func lowerBound(items []Item, capacity int) int {
	total := 0
	for _, it := range items {
		total += it.Size
	}
	return (total + capacity - 1) / capacity
}

func main() {
	items := []Item{{"a", 42}, {"b", 25}, {"c", 27}, {"d", 7}, {"e", 72}, {"f", 86}, {"g", 9},
		{"h", 44}, {"i", 50}, {"j", 68}, {"k", 31}, {"l", 15}, {"m", 19}, {"n", 60}}
	const capacity = 100
	fmt.Println("lower bound:", lowerBound(items, capacity), "bins")
	strategies := []struct {
		name string
		fn   Strategy
	}{{"first-fit", firstFit}, {"best-fit", bestFit}, {"worst-fit", worstFit}}
	for _, dec := range []bool{false, true} {
		for _, s := range strategies {
			bins, err := pack(items, capacity, s.fn, dec)
			if err != nil {
				fmt.Println(err)
				continue
			}
			waste := 0
			for _, b := range bins {
				waste += b.Free()
			}
			label := s.name
			if dec {
				label += " decreasing"
			}
			fmt.Printf("%-21s %d bins, waste %d\n", label, len(bins), waste)
			if dec && s.name == "best-fit" {
				for _, b := range bins {
					fmt.Println("   ", b)
				}
			}
		}
	}
	_, err := pack([]Item{{"x", 10}, {"huge", 150}}, capacity, firstFit, false)
	fmt.Println("error:", err, errors.Is(err, ErrTooBig))
}

// Output:
// lower bound: 6 bins
// first-fit             6 bins, waste 45
// best-fit              6 bins, waste 45
// worst-fit             6 bins, waste 45
// first-fit decreasing  6 bins, waste 45
// best-fit decreasing   6 bins, waste 45
//     [ 95/100] f:86 g:9
//     [ 99/100] e:72 c:27
//     [ 99/100] j:68 k:31
//     [100/100] n:60 b:25 l:15
//     [ 94/100] i:50 h:44
//     [ 68/100] a:42 m:19 d:7
// worst-fit decreasing  6 bins, waste 45
// error: huge (150): item larger than bin true
