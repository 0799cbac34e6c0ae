// Package badinit panics while initialising: its deploy must leave no trace.
package badinit

var ready = setup()

func setup() bool { panic("badinit: cannot start") }
