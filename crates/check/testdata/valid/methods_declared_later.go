package main

type Writer interface {
	Write(p []byte) (int, error)
}

// The initializer needs discard's method set, declared further down.
var Discard Writer = discard{}

var w = Writer(&buffer{}).Write

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

type buffer struct{ b []byte }

func (b *buffer) Write(p []byte) (int, error) {
	b.b = append(b.b, p...)
	return len(p), nil
}

func main() {
	_, _ = Discard.Write(nil)
	_, _ = w(nil)
}
