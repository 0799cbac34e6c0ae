// Package check counts agreements between Amber's packages and real Go's.
package check

import (
	"fmt"
	"os"
	"reflect"
)

var passed, failed int

// Eq records one comparison: got (ours) must deeply equal want (Go's).
func Eq(what string, got, want any) {
	if reflect.DeepEqual(got, want) {
		passed++
		return
	}
	failed++
	if failed <= 40 {
		fmt.Printf("MISMATCH %s\n   ours: %#v\n     go: %#v\n", what, got, want)
	}
}

// Err compares two errors by nil-ness and message.
func Err(what string, got, want error) {
	Eq(what, errText(got), errText(want))
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return "error: " + err.Error()
}

// Panics runs f and returns the panic value rendered as text, or "" if none.
func Panics(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				msg = "panic(error): " + e.Error()
			} else {
				msg = fmt.Sprintf("panic(%T): %v", r, r)
			}
		}
	}()
	f()
	return ""
}

// Done prints the summary line and exits non-zero on any mismatch.
func Done(name string) {
	fmt.Printf("%s: %d passed, %d failed\n", name, passed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}

// Pass records one agreement found by a caller's own fast comparison.
func Pass() {
	passed++
}
