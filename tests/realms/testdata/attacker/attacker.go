// Package attacker is a realm trying to change r/victim's objects.
package attacker

import "r/victim"

var stolen *victim.Box

// Poke writes through a returned pointer.
func Poke() { victim.Get().N = 99 }

// PokeSlice writes through a returned slice.
func PokeSlice() { victim.List()[0] = 99 }

// PokeMap writes into a returned map.
func PokeMap() { victim.Tags()["b"] = 2 }

// Steal keeps the victim's box in this realm.
func Steal() { stolen = victim.Get() }

// MutateStolen writes the kept box in a later transaction.
func MutateStolen() { stolen.N = 7 }

// UseSetter calls the victim's own closure: allowed, it runs as r/victim.
func UseSetter() { victim.Setter()(5) }

// PokeFresh writes a box the victim made and kept in this same transaction.
func PokeFresh() { victim.Make(1).N = 99 }

// PokeNested writes deep inside a map the victim made and kept in this same transaction.
func PokeNested() { victim.Nest()["a"][0] = 99 }

// PokeGiven gives the victim a box, then writes it: once kept, it is the victim's.
func PokeGiven() {
	b := &victim.Box{N: 3}
	victim.Keep(b)
	b.N = 4
}

var mine *victim.Box

// KeepNew keeps and changes a box the victim made but did not keep: allowed, it is nobody's yet.
func KeepNew() {
	b := victim.New(2)
	b.N = 3
	mine = b
}

// Mine reads the box KeepNew kept.
func Mine() int { return mine.N }

// StealFresh keeps a box the victim keeps too, both in one transaction; writing it later is denied.
func StealFresh() { stolen = victim.Make(7) }
