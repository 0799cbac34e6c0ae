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
