package guestbook

import (
	"chain"
	"testing"
)

func TestSignRecordsCallerAndHeight(t *testing.T) {
	chain.TestSetOriginCaller("carol")
	chain.TestSetHeight(42)
	Sign("carol", "hey")
	e := entries["carol"]
	if e.Author != chain.UserAddress("carol") {
		t.Errorf("author %s, want carol's address %s", e.Author, chain.UserAddress("carol"))
	}
	if e.Height != 42 {
		t.Errorf("height %d, want 42", e.Height)
	}
	if got := Render("carol"); got != "## carol\n\nhey" {
		t.Errorf("Render(carol) = %q", got)
	}
}

func TestEmptyNamePanics(t *testing.T) {
	defer func() {
		if r := recover(); r != "guestbook: empty name" {
			t.Errorf("recovered %v", r)
		}
	}()
	Sign("", "x")
}
