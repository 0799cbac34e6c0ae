// Package tally is deployed at r/other: calls qualify by the package name, not the path.
package tally

var n int

// Add adds to the tally.
func Add(k int) int { n += k; return n }

// Pair returns two results of different types.
func Pair() (string, bool) { return "n", n > 0 }
