// Package buildfail has a test file that does not compile (an expected failure: see tests/gotest/README.md).
package buildfail

// One returns 1.
func One() int { return 1 }
