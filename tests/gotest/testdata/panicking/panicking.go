// Package panicking has a test that panics in a subtest (an expected failure: see tests/gotest/README.md).
package panicking
