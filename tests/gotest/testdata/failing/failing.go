// Package failing has tests and examples that fail in every way package testing reports (an expected
// failure: see tests/gotest/README.md).
package failing

// Double is wrong on purpose.
func Double(x int) int { return x + 2 }
