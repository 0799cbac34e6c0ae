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
