package main

import (
	"fmt"
	"strings"
)

type Customer struct {
	ID      int
	Arrival int
	Service int
}

type Teller struct {
	Name    string
	BusyTil int
	Served  int
	Busy    int
	current *Customer
}

type rng uint32

func (r *rng) next(n int) int {
	*r = *r*1103515245 + 12345
	return int((*r>>16)&0x7fff) % n
}

type Stats struct {
	waits    []int
	maxQueue int
}

func simulate(tellers int, customers []Customer, verbose bool) Stats {
	ts := make([]*Teller, tellers)
	for i := range ts {
		ts[i] = &Teller{Name: string(rune('A' + i))}
	}
	var queue []Customer
	var st Stats
	next := 0
	for t := 0; next < len(customers) || len(queue) > 0 || anyBusy(ts, t); t++ {
		for next < len(customers) && customers[next].Arrival == t {
			queue = append(queue, customers[next])
			next++
		}
		st.maxQueue = max(st.maxQueue, len(queue))
		for _, tl := range ts {
			if tl.BusyTil <= t && len(queue) > 0 {
				c := queue[0]
				queue = queue[1:]
				wait := t - c.Arrival
				st.waits = append(st.waits, wait)
				tl.BusyTil = t + c.Service
				tl.Served++
				tl.Busy += c.Service
				if verbose {
					fmt.Printf("t=%3d teller %s takes customer %2d (waited %2d, needs %d)\n", t, tl.Name, c.ID, wait, c.Service)
				}
			}
		}
	}
	if verbose {
		for _, tl := range ts {
			fmt.Printf("teller %s served %d, busy %d minutes\n", tl.Name, tl.Served, tl.Busy)
		}
	}
	return st
}

func anyBusy(ts []*Teller, t int) bool {
	for _, tl := range ts {
		if tl.BusyTil > t {
			return true
		}
	}
	return false
}

func generate(seed rng, n int) []Customer {
	r := seed
	var cs []Customer
	t := 0
	for i := 1; i <= n; i++ {
		t += r.next(4)
		cs = append(cs, Customer{ID: i, Arrival: t, Service: 2 + r.next(7)})
	}
	return cs
}

func (s Stats) summary() string {
	total, worst := 0, 0
	for _, w := range s.waits {
		total += w
		worst = max(worst, w)
	}
	return fmt.Sprintf("avg wait %.2f, worst %d, max queue %d", float64(total)/float64(len(s.waits)), worst, s.maxQueue)
}

func main() {
	cs := generate(7, 15)
	var arr []string
	for _, c := range cs {
		arr = append(arr, fmt.Sprintf("%d@%d+%d", c.ID, c.Arrival, c.Service))
	}
	fmt.Println(strings.Join(arr, " "))
	st := simulate(2, cs, true)
	fmt.Println("2 tellers:", st.summary())
	big := generate(99, 60)
	for n := 1; n <= 4; n++ {
		fmt.Printf("%d tellers: %s\n", n, simulate(n, big, false).summary())
	}
}

// Output:
// 1@0+8 2@0+3 3@3+7 4@5+5 5@6+2 6@7+4 7@9+4 8@10+2 9@11+3 10@13+7 11@13+3 12@16+8 13@17+3 14@20+5 15@22+6
// t=  0 teller A takes customer  1 (waited  0, needs 8)
// t=  0 teller B takes customer  2 (waited  0, needs 3)
// t=  3 teller B takes customer  3 (waited  0, needs 7)
// t=  8 teller A takes customer  4 (waited  3, needs 5)
// t= 10 teller B takes customer  5 (waited  4, needs 2)
// t= 12 teller B takes customer  6 (waited  5, needs 4)
// t= 13 teller A takes customer  7 (waited  4, needs 4)
// t= 16 teller B takes customer  8 (waited  6, needs 2)
// t= 17 teller A takes customer  9 (waited  6, needs 3)
// t= 18 teller B takes customer 10 (waited  5, needs 7)
// t= 20 teller A takes customer 11 (waited  7, needs 3)
// t= 23 teller A takes customer 12 (waited  7, needs 8)
// t= 25 teller B takes customer 13 (waited  8, needs 3)
// t= 28 teller B takes customer 14 (waited  8, needs 5)
// t= 31 teller A takes customer 15 (waited  9, needs 6)
// teller A served 7, busy 37 minutes
// teller B served 8, busy 33 minutes
// 2 tellers: avg wait 4.80, worst 9, max queue 5
// 1 tellers: avg wait 113.48, worst 202, max queue 45
// 2 tellers: avg wait 35.95, worst 59, max queue 26
// 3 tellers: avg wait 10.33, worst 16, max queue 11
// 4 tellers: avg wait 1.65, worst 9, max queue 7
