// Package chainapi reports what the chain API tells a realm.
package chainapi

import (
	"chain"
	"fmt"
)

var draws []uint64

// Who describes the caller, the origin caller and the current realm.
func Who() string {
	r := chain.CurrentRealm()
	return fmt.Sprintf("caller=%s origin=%s realm=%s realmaddr=%s", chain.Caller(), chain.OriginCaller(), r.Path(), r.Address())
}

// IsRealmAddress reports whether the current realm's address is the one derived from its path.
func IsRealmAddress() bool {
	return chain.CurrentRealm().Address() == chain.RealmAddress("r/chainapi")
}

// CallerIs reports whether the caller is the user called name.
func CallerIs(name string) bool { return chain.Caller() == chain.UserAddress(name) }

// Block returns the height and time of the transaction.
func Block() (int64, int64) { return chain.Height(), chain.Time() }

// Draw takes two random numbers and keeps them.
func Draw() bool {
	a, b := chain.Rand(), chain.Rand()
	draws = append(draws, a, b)
	return a != b
}

// Draws returns every number drawn so far.
func Draws() []uint64 { return draws }

// Emit emits an event with the given pairs.
func Emit(typ, k, v string) { chain.Emit(typ, k, v) }

// EmitOdd emits an event with a key and no value.
func EmitOdd() { chain.Emit("Bad", "key") }

// Cheat tries to pose as another user: only tests may.
func Cheat() { chain.TestSetOriginCaller("admin") }
