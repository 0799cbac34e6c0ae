// Package counter is a realm holding one number: every call to Incr is a transaction that persists it.
package counter

import (
	"chain"
	"strconv"
)

var count int

// Incr adds n to the counter and returns the new value.
func Incr(n int) int {
	count += n
	announce(n)
	return count
}

// announce emits the Incr event (unexported: not callable from the command line).
func announce(n int) {
	chain.Emit("Incr", "by", strconv.Itoa(n), "value", strconv.Itoa(count))
}

// Count returns the current value.
func Count() int { return count }

// Fail panics after changing the counter: the change must not persist.
func Fail() {
	count = -1000
	panic("counter: failing on purpose")
}

// Render shows the counter as markdown.
func Render(path string) string {
	return "# Counter\n\nvalue: " + strconv.Itoa(count)
}
