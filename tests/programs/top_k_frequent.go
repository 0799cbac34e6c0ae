package main

import (
	"fmt"
	"sort"
	"strings"
)

type Entry struct {
	Key   string
	Count int
}

// less orders by count ascending, then key descending, so the heap root is the "worst" of the top k.
func less(a, b Entry) bool {
	if a.Count != b.Count {
		return a.Count < b.Count
	}
	return a.Key > b.Key
}

type MinHeap []Entry

func (h *MinHeap) Push(e Entry) {
	*h = append(*h, e)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !less((*h)[i], (*h)[p]) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *MinHeap) Pop() Entry {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	h.down(0)
	return top
}

func (h MinHeap) down(i int) {
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h) && less(h[l], h[m]) {
			m = l
		}
		if r < len(h) && less(h[r], h[m]) {
			m = r
		}
		if m == i {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func TopK(counts map[string]int, k int) []Entry {
	if k <= 0 {
		return nil
	}
	h := &MinHeap{}
	keys := make([]string, 0, len(counts))
	for key := range counts {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		e := Entry{key, counts[key]}
		if len(*h) < k {
			h.Push(e)
		} else if less((*h)[0], e) {
			(*h)[0] = e
			h.down(0)
		}
	}
	out := make([]Entry, len(*h))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.Pop()
	}
	return out
}

const logs = `GET /index.html 200
GET /about.html 200
POST /api/login 401
GET /index.html 200
GET /favicon.ico 404
POST /api/login 200
GET /index.html 304
GET /api/items 200
GET /api/items 500
GET /index.html 200
GET /about.html 200
POST /api/items 201
GET /favicon.ico 404
GET /api/items 200
DELETE /api/items/7 403`

func main() {
	paths := map[string]int{}
	statuses := map[string]int{}
	methods := map[string]int{}
	for _, line := range strings.Split(logs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		methods[f[0]]++
		paths[f[1]]++
		statuses[f[2][:1]+"xx"]++
	}
	fmt.Println("top paths:")
	for i, e := range TopK(paths, 3) {
		fmt.Printf("  %d. %-14s %d\n", i+1, e.Key, e.Count)
	}
	fmt.Println("top statuses:", TopK(statuses, 2))
	fmt.Println("methods:", methods, TopK(methods, 10))
	words := strings.Fields("a b c a b a d e e e e f f f f g")
	wc := map[string]int{}
	for _, w := range words {
		wc[w]++
	}
	for k := 1; k <= 4; k++ {
		fmt.Println(k, TopK(wc, k))
	}
	fmt.Println(TopK(map[string]int{}, 3), len(TopK(wc, 0)))
	h := &MinHeap{}
	for _, e := range []Entry{{"x", 5}, {"y", 1}, {"z", 3}, {"w", 1}} {
		h.Push(e)
	}
	var order []string
	for len(*h) > 0 {
		e := h.Pop()
		order = append(order, fmt.Sprintf("%s%d", e.Key, e.Count))
	}
	fmt.Println("heap order:", order)
}

// Output:
// top paths:
//   1. /api/items     4
//   2. /index.html    4
//   3. /about.html    2
// top statuses: [{2xx 9} {4xx 4}]
// methods: map[DELETE:1 GET:11 POST:3] [{GET 11} {POST 3} {DELETE 1}]
// 1 [{e 4}]
// 2 [{e 4} {f 4}]
// 3 [{e 4} {f 4} {a 3}]
// 4 [{e 4} {f 4} {a 3} {b 2}]
// [] 0
// heap order: [y1 w1 z3 x5]
