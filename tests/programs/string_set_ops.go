package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set) Has(x string) bool { _, ok := s[x]; return ok }
func (s Set) Add(x string)      { s[x] = struct{}{} }

func (s Set) Union(o Set) Set {
	r := NewSet()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := NewSet()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Diff(o Set) Set {
	r := NewSet()
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) SymDiff(o Set) Set { return s.Diff(o).Union(o.Diff(s)) }

func (s Set) SubsetOf(o Set) bool {
	for k := range s {
		if !o.Has(k) {
			return false
		}
	}
	return true
}

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) String() string { return "{" + strings.Join(s.Sorted(), ", ") + "}" }

func jaccard(a, b Set) float64 {
	u := a.Union(b)
	if len(u) == 0 {
		return 1
	}
	return float64(len(a.Intersect(b))) / float64(len(u))
}

func main() {
	skills := map[string]Set{
		"ann": NewSet("go", "rust", "sql", "docker"),
		"bob": NewSet("python", "sql", "docker", "k8s"),
		"cat": NewSet("go", "k8s", "docker", "terraform"),
		"dan": NewSet("go", "sql"),
	}
	names := []string{"ann", "bob", "cat", "dan"}
	all := NewSet()
	common := skills["ann"]
	for _, n := range names {
		all = all.Union(skills[n])
		common = common.Intersect(skills[n])
	}
	fmt.Println("all skills:", all)
	fmt.Println("everyone has:", common)
	fmt.Println("ann - bob:", skills["ann"].Diff(skills["bob"]))
	fmt.Println("ann ^ cat:", skills["ann"].SymDiff(skills["cat"]))
	fmt.Println("dan subset of ann:", skills["dan"].SubsetOf(skills["ann"]), "ann subset of dan:", skills["ann"].SubsetOf(skills["dan"]))
	type pair struct {
		a, b string
		sim  float64
	}
	var pairs []pair
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			pairs = append(pairs, pair{names[i], names[j], jaccard(skills[names[i]], skills[names[j]])})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	for _, p := range pairs {
		fmt.Printf("%s~%s %.3f\n", p.a, p.b, p.sim)
	}
	// who knows each skill
	holders := map[string][]string{}
	for _, n := range names {
		for _, sk := range skills[n].Sorted() {
			holders[sk] = append(holders[sk], n)
		}
	}
	for _, sk := range all.Sorted() {
		fmt.Printf("%-10s %v\n", sk, holders[sk])
	}
	fmt.Println(NewSet(), len(NewSet("a", "a", "b")), NewSet("x").Has("y"), jaccard(NewSet(), NewSet()))
	fmt.Println(map[string]struct{}(NewSet("b", "a")))
}

// Output:
// all skills: {docker, go, k8s, python, rust, sql, terraform}
// everyone has: {}
// ann - bob: {go, rust}
// ann ^ cat: {k8s, rust, sql, terraform}
// dan subset of ann: true ann subset of dan: false
// ann~dan 0.500
// ann~bob 0.333
// ann~cat 0.333
// bob~cat 0.333
// bob~dan 0.200
// cat~dan 0.200
// docker     [ann bob cat]
// go         [ann cat dan]
// k8s        [bob cat]
// python     [bob]
// rust       [ann]
// sql        [ann bob dan]
// terraform  [cat]
// {} 2 false 1
// map[a:{} b:{}]
