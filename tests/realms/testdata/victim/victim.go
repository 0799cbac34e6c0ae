// Package victim is a realm whose objects other realms can see but must not change.
package victim

// Box holds a number.
type Box struct{ N int }

var (
	box  = &Box{N: 1}
	list = []int{1, 2, 3}
	tags = map[string]int{"a": 1}
)

// Get returns the realm's box.
func Get() *Box { return box }

// List returns the realm's slice.
func List() []int { return list }

// Tags returns the realm's map.
func Tags() map[string]int { return tags }

// Setter returns a closure declared here: it runs as this realm, whoever calls it.
func Setter() func(int) { return func(n int) { box.N = n } }

// State summarises the realm.
func State() (int, []int, map[string]int) { return box.N, list, tags }

var (
	made  []*Box
	nests []map[string][]int
)

// Make creates a box that this realm keeps, and returns it.
func Make(n int) *Box {
	b := &Box{N: n}
	made = append(made, b)
	return b
}

// New creates a box this realm does not keep.
func New(n int) *Box { return &Box{N: n} }

// Keep stores a box given by the caller: from now on it is this realm's.
func Keep(b *Box) { made = append(made, b) }

// Nest creates and keeps a map of slices, and returns it.
func Nest() map[string][]int {
	m := map[string][]int{"a": {1, 2}}
	nests = append(nests, m)
	return m
}

// Made lists the numbers in the boxes this realm keeps.
func Made() []int {
	var ns []int
	for _, b := range made {
		ns = append(ns, b.N)
	}
	return ns
}
