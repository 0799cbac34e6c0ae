package main

import (
	"fmt"
	"strings"
)

// fnv1a hashes a string with the 64-bit FNV-1a algorithm.
func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type slot struct {
	key   string
	value int
	used  bool
	tomb  bool
}

type HashMap struct {
	slots  []slot
	count  int
	tombs  int
	probes int
	grows  int
}

func NewHashMap() *HashMap { return &HashMap{slots: make([]slot, 8)} }

func (m *HashMap) index(key string) (int, bool) {
	mask := uint64(len(m.slots) - 1)
	i := fnv1a(key) & mask
	firstTomb := -1
	for {
		m.probes++
		s := &m.slots[i]
		if !s.used {
			if s.tomb {
				if firstTomb < 0 {
					firstTomb = int(i)
				}
			} else {
				if firstTomb >= 0 {
					return firstTomb, false
				}
				return int(i), false
			}
		} else if s.key == key {
			return int(i), true
		}
		i = (i + 1) & mask
	}
}

func (m *HashMap) grow() {
	old := m.slots
	m.slots = make([]slot, len(old)*2)
	m.count, m.tombs = 0, 0
	m.grows++
	for _, s := range old {
		if s.used {
			m.Put(s.key, s.value)
		}
	}
}

func (m *HashMap) Put(key string, value int) {
	if (m.count+m.tombs+1)*4 > len(m.slots)*3 {
		m.grow()
	}
	i, found := m.index(key)
	if !found {
		if m.slots[i].tomb {
			m.tombs--
		}
		m.count++
	}
	m.slots[i] = slot{key: key, value: value, used: true}
}

func (m *HashMap) Get(key string) (int, bool) {
	i, found := m.index(key)
	if !found {
		return 0, false
	}
	return m.slots[i].value, true
}

func (m *HashMap) Delete(key string) bool {
	i, found := m.index(key)
	if !found {
		return false
	}
	m.slots[i] = slot{tomb: true}
	m.count--
	m.tombs++
	return true
}

func (m *HashMap) Len() int { return m.count }

func main() {
	m := NewHashMap()
	words := strings.Fields("the cat sat on the mat and the dog sat on the log while a bird sang on the branch")
	for _, w := range words {
		v, _ := m.Get(w)
		m.Put(w, v+1)
	}
	fmt.Println("len:", m.Len(), "cap:", len(m.slots), "grows:", m.grows)
	for _, w := range []string{"the", "sat", "on", "bird", "fish"} {
		v, ok := m.Get(w)
		fmt.Printf("[%s=%d,%v]", w, v, ok)
	}
	fmt.Println()
	d1, d2, d3 := m.Delete("the"), m.Delete("the"), m.Delete("nothing")
	fmt.Println(d1, d2, d3, m.Len(), m.tombs)
	m.Put("the", 100)
	v, ok := m.Get("the")
	fmt.Println("reinserted:", v, ok, m.Len(), m.tombs)

	// compare against the built-in map
	ref := map[string]int{}
	big := NewHashMap()
	for i := 0; i < 2000; i++ {
		k := fmt.Sprintf("key-%d", i*7%1500)
		ref[k] += i
		cur, _ := big.Get(k)
		big.Put(k, cur+i)
		if i%3 == 0 {
			d := fmt.Sprintf("key-%d", i%1500)
			delete(ref, d)
			big.Delete(d)
		}
	}
	mismatch := 0
	for k, v := range ref {
		if got, ok := big.Get(k); !ok || got != v {
			mismatch++
		}
	}
	fmt.Println("entries:", big.Len(), len(ref), "mismatches:", mismatch, "cap:", len(big.slots), "grows:", big.grows)
	fmt.Printf("fnv1a: %016x %016x %016x\n", fnv1a(""), fnv1a("a"), fnv1a("hello"))
	fmt.Printf("avg probes per op: %.2f\n", float64(big.probes)/float64(2000*2+667*1))
}

// Output:
// len: 13 cap: 32 grows: 2
// [the=5,true][sat=2,true][on=3,true][bird=1,true][fish=0,false]
// true false false 12 1
// reinserted: 100 true 13 0
// entries: 1249 1249 mismatches: 0 cap: 2048 grows: 8
// fnv1a: cbf29ce484222325 af63dc4c8601ec8c a430d84680aabd0b
// avg probes per op: 3.47
