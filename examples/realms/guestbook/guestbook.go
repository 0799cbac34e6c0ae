// Package guestbook is a realm keeping signed entries: a map of structs, persisted as they are.
package guestbook

import (
	"chain"
	"sort"
	"strings"
)

// Entry is one message left in the guestbook.
type Entry struct {
	Author  chain.Address
	Message string
	Height  int64
}

var (
	entries = map[string]*Entry{}
	order   []string
)

// Sign leaves (or replaces) the caller's message under name.
func Sign(name, message string) {
	if name == "" {
		panic("guestbook: empty name")
	}
	if _, ok := entries[name]; !ok {
		order = append(order, name)
	}
	entries[name] = &Entry{Author: chain.Caller(), Message: message, Height: chain.Height()}
	chain.Emit("Signed", "name", name)
}

// Count is the number of names that signed.
func Count() int { return len(entries) }

// Message returns what name wrote.
func Message(name string) string {
	e, ok := entries[name]
	if !ok {
		return ""
	}
	return e.Message
}

// Render lists the entries by name, or one entry for path "NAME".
func Render(path string) string {
	if path != "" {
		e, ok := entries[path]
		if !ok {
			return "no entry for " + path
		}
		return "## " + path + "\n\n" + e.Message
	}
	names := append([]string(nil), order...)
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# Guestbook\n")
	for _, n := range names {
		b.WriteString("\n- **" + n + "**: " + entries[n].Message)
	}
	return b.String()
}
