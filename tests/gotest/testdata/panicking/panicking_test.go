package panicking

import "testing"

func TestFirst(t *testing.T) {
	t.Log("first runs")
}

func TestOuter(t *testing.T) {
	t.Log("outer log")
	t.Run("ok", func(t *testing.T) { t.Log("fine") })
	t.Run("boom", func(t *testing.T) {
		t.Log("inner log")
		t.Cleanup(func() { t.Log("inner cleanup") })
		var m map[string]int
		m["x"] = 1
	})
	t.Log("never")
}

func TestNeverRuns(t *testing.T) {
	t.Log("never")
}
