// Package lib is a library: its package variables are frozen after init.
package lib

var names = []string{"x"}

// Names returns the names.
func Names() []string { return names }

// Add tries to change the library's state.
func Add(n string) { names = append(names, n) }

// Double is pure.
func Double(n int) int { return 2 * n }
