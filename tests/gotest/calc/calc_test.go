package calc

import (
	"strings"
	"testing"
)

func expectInt(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestAdd(t *testing.T) {
	cases := []struct {
		name       string
		a, b, want int
	}{
		{"zeros", 0, 0, 0},
		{"positive numbers", 2, 3, 5},
		{"negative", -2, -3, -5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectInt(t, Add(c.a, c.b), c.want)
			t.Logf("%d + %d = %d", c.a, c.b, Add(c.a, c.b))
		})
	}
}

func TestDiv(t *testing.T) {
	q, err := Div(7, 2)
	if err != nil {
		t.Fatal(err)
	}
	expectInt(t, q, 3)
	if _, err := Div(1, 0); err != ErrDivByZero {
		t.Fatalf("Div(1, 0) error = %v", err)
	}
	t.Logf("the error says %q", ErrDivByZero)
}

func TestStack(t *testing.T) {
	var s Stack
	t.Cleanup(func() { t.Log("cleanup: stack left with", s.Len(), "items") })
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	if v, ok := s.Pop(); !ok || v != 30 {
		t.Errorf("Pop() = %d, %v; want 30, true", v, ok)
	}
	if t.Failed() || t.Skipped() {
		t.Error("unexpected state")
	}
	t.Log(t.Name(), strings.Repeat("=", 3), "a log line\nwith a second line")
}

func TestSkipped(t *testing.T) {
	t.Skip("not on this machine")
	t.Error("not reached")
}

// Benchmarks are compiled with the tests but, without -bench, not run.
func BenchmarkAdd(b *testing.B) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Add(i, i)
	}
}

func BenchmarkSub(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int
	}{{"one", 1}, {"ten", 10}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				checkTB(b, Add(c.n, c.n) == 2*c.n)
			}
		})
	}
}

// checkTB takes a T or a B.
func checkTB(tb testing.TB, ok bool) {
	tb.Helper()
	if !ok {
		tb.Fatal("not ok")
	}
}

func TestTB(t *testing.T) {
	checkTB(t, Add(1, 1) == 2)
}
