// Package chain is the chain API: who called, which realm is running, the block height and time, events
// and deterministic randomness. The bodies below are what a program sees outside a transaction; inside
// one, the host's natives replace them.
package chain

// An Address identifies a user or a realm: "a1" followed by 40 lowercase hex digits, derived by hashing the
// user's name or the realm's package path.
type Address string

// String returns the address as text.
func (a Address) String() string { return string(a) }

// IsValid reports whether a has the form of an address.
func (a Address) IsValid() bool {
	if len(a) != 42 || a[0] != 'a' || a[1] != '1' {
		return false
	}
	for i := 2; i < len(a); i++ {
		c := a[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// A Realm is the realm code is running as: a deployed package under r/, or the user (empty path) when a
// script or a library runs on behalf of no realm.
type Realm struct {
	path string
	addr Address
}

// Path is the realm's package path ("" for a user).
func (r Realm) Path() string { return r.path }

// Address is the realm's address (the user's own address for a user).
func (r Realm) Address() Address { return r.addr }

// IsUser reports whether r stands for the user rather than a realm.
func (r Realm) IsUser() bool { return r.path == "" }

// CurrentRealm is the realm the running code acts as.
func CurrentRealm() Realm {
	return Realm{path: currentRealmPath(), addr: currentRealmAddress()}
}

// PreviousRealm is the realm that called into the current one (the user when called directly).
func PreviousRealm() Realm {
	return Realm{path: previousRealmPath(), addr: Caller()}
}

//amber:native
func currentRealmPath() string { return "" }

//amber:native
func currentRealmAddress() Address { return "" }

//amber:native
func previousRealmPath() string { return "" }

// Caller is the address of whoever called the current realm: the calling realm, or the user.
//
//amber:native
func Caller() Address { return "" }

// OriginCaller is the address of the user who sent the transaction.
//
//amber:native
func OriginCaller() Address { return "" }

// Height is the height of the transaction's block (the first transaction of a home has height 1).
//
//amber:native
func Height() int64 { return 0 }

// Time is the block time in seconds since 1970-01-01 UTC.
//
//amber:native
func Time() int64 { return 0 }

// Emit records an event of type typ with attributes given as key, value pairs.
//
//amber:native
func Emit(typ string, attrs ...string) {}

// Rand returns the next number of the transaction's deterministic random sequence.
//
//amber:native
func Rand() uint64 { return 0 }

// RealmAddress is the address of the realm at package path path.
//
//amber:native
func RealmAddress(path string) Address { return "" }

// UserAddress is the address of the user called name (as given to `amber call --caller NAME`).
//
//amber:native
func UserAddress(name string) Address { return "" }

// TestSetOriginCaller makes the user called name the sender of the transaction. Only for tests (`amber
// test`, or `amber run` outside a home); in a real transaction it panics.
//
//amber:native
func TestSetOriginCaller(name string) {}

// TestSetHeight sets the block height (and with it the block time). Only for tests, like
// TestSetOriginCaller.
//
//amber:native
func TestSetHeight(height int64) {}
