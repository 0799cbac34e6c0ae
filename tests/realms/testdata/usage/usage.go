// Package usage is a realm that uses library p/lib.
package usage

import "p/lib"

var total int

// Add adds twice n.
func Add(n int) int {
	total += lib.Double(n)
	return total
}

// Names is lib.Names.
func Names() []string { return lib.Names() }
