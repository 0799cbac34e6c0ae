// Sorting arbitrary slices with a less function (Slice, SliceStable,
// SliceIsSorted) through two reflection natives.
package sort

// native: returns the kind of x's dynamic type as Go's reflect.Kind.String()
// names it ("slice", "int", "string", "ptr", "struct", ...), or "zero" when x
// is nil; and len(x) when that kind has a length (array, chan, map, slice,
// string), else 0.
func sliceInfo(x any) (kind string, length int)

// native: x is a slice and 0 <= i, j < len(x); swaps elements i and j of x
// (in its backing array, visible through every slice sharing it).
func sliceSwap(x any, i, j int)

// valueError is the panic value for a non-slice argument, with the text
// Go's reflection gives.
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// swappableLen returns len(x), or panics as Go does when x is not a slice.
func swappableLen(x any) int {
	kind, n := sliceInfo(x)
	if kind != "slice" {
		panic(&valueError{"Swapper", kind})
	}
	return n
}

// lessSwap adapts a slice and a less function to Interface.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int)      { sliceSwap(s.x, i, j) }

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order. For a stable sort, use
// SliceStable. The less function must satisfy the same requirements as the
// Interface type's Less method.
func Slice(x any, less func(i, j int) bool) {
	n := swappableLen(x)
	if n <= 1 {
		return
	}
	introSort(&lessSwap{x, n, less}, 0, n, depthLimit(n))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := swappableLen(x)
	stableSort(&lessSwap{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	// Like Go, this accepts anything with a length (a string, an array...).
	kind, n := sliceInfo(x)
	switch kind {
	case "array", "chan", "map", "slice", "string":
	default:
		panic(&valueError{"reflectlite.Value.Len", kind})
	}
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
