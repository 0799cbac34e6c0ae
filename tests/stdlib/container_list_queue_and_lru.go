package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key string
	val int
}

func main() {
	q := list.New()
	for i := 1; i <= 3; i++ {
		q.PushBack(i * i)
	}
	for q.Len() > 0 {
		e := q.Front()
		fmt.Print(e.Value.(int), ",")
		q.Remove(e)
	}
	fmt.Println()
	lru := list.New()
	index := map[string]*list.Element{}
	touch := func(k string, v int) {
		if e, ok := index[k]; ok {
			lru.MoveToFront(e)
			e.Value.(*entry).val = v
			return
		}
		index[k] = lru.PushFront(&entry{k, v})
		if lru.Len() > 2 {
			last := lru.Back()
			lru.Remove(last)
			delete(index, last.Value.(*entry).key)
		}
	}
	touch("a", 1)
	touch("b", 2)
	touch("a", 3)
	touch("c", 4)
	for e := lru.Front(); e != nil; e = e.Next() {
		fmt.Print(*e.Value.(*entry), " ")
	}
	fmt.Println(len(index))
}

// Output:
// 1,4,9,
// {c 4} {a 3} 2
