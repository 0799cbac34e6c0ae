package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	hits    int
	misses  int
	evicted []string
	onEvict func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	c := &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
	c.onEvict = func(k string, v int) {
		c.evicted = append(c.evicted, fmt.Sprintf("%s=%d", k, v))
	}
	return c
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		e := oldest.Value.(*entry)
		delete(c.items, e.key)
		if c.onEvict != nil {
			c.onEvict(e.key, e.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).key)
	}
	return ks
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// slowSquare pretends to be expensive; the cache memoizes it.
func slowSquare(calls *int, n int) int {
	*calls++
	return n * n
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("get a:", v)
	}
	c.Put("d", 4)
	fmt.Println(c, "evicted:", c.evicted)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, "evicted:", c.evicted)
	fmt.Println("keys:", c.Keys(), "len:", c.ll.Len(), len(c.items))

	calls := 0
	memo := NewLRU(4)
	memo.onEvict = nil
	seq := []int{1, 2, 3, 1, 2, 4, 5, 1, 6, 2, 3, 3}
	var results []int
	for _, n := range seq {
		k := fmt.Sprint(n)
		v, ok := memo.Get(k)
		if !ok {
			v = slowSquare(&calls, n)
			memo.Put(k, v)
		}
		results = append(results, v)
	}
	fmt.Println("results:", results)
	fmt.Printf("calls=%d hits=%d misses=%d ratio=%.2f\n", calls, memo.hits, memo.misses,
		float64(memo.hits)/float64(memo.hits+memo.misses))
	fmt.Println("final:", memo)

	// walk the list backwards and remove odd values
	for el := memo.ll.Back(); el != nil; {
		prev := el.Prev()
		if e := el.Value.(*entry); e.value%2 == 1 {
			memo.ll.Remove(el)
			delete(memo.items, e.key)
		}
		el = prev
	}
	fmt.Println("evens only:", memo, len(memo.items))
}

// Output:
// [c:3 b:2 a:1]
// get a: 1
// [d:4 a:1 c:3] evicted: [b=2]
// b present: false
// [e:5 c:30 d:4] evicted: [b=2 a=1]
// keys: [e c d] len: 3 3
// results: [1 4 9 1 4 16 25 1 36 4 9 9]
// calls=8 hits=4 misses=8 ratio=0.33
// final: [3:9 2:4 6:36 1:1]
// evens only: [2:4 6:36] 2
