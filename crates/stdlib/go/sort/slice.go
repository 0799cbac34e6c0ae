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
	introSortFunc(x, less, 0, n, depthLimit(n))
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

// The algorithm of sort.go (introSort and its helpers) specialised to a slice
// and a less function: the same calls to less in the same order as through
// lessSwap, without two method calls per comparison and swap.

// introSortFunc sorts x[lo:hi].
func introSortFunc(x any, less func(i, j int) bool, lo, hi, depth int) {
	for hi-lo > insertionThreshold {
		if depth == 0 {
			heapSortFunc(x, less, lo, hi)
			return
		}
		depth--
		p := partitionFunc(x, less, lo, hi)
		// Recurse into the smaller side, loop on the larger one: the
		// recursion depth stays logarithmic.
		if p-lo < hi-p-1 {
			introSortFunc(x, less, lo, p, depth)
			lo = p + 1
		} else {
			introSortFunc(x, less, p+1, hi, depth)
			hi = p
		}
	}
	insertionSortFunc(x, less, lo, hi)
}

// insertionSortFunc sorts x[lo:hi] by insertion (stable).
func insertionSortFunc(x any, less func(i, j int) bool, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && less(j, j-1); j-- {
			sliceSwap(x, j, j-1)
		}
	}
}

// partitionFunc picks the median of the first, middle and last elements as the
// pivot, splits x[lo:hi] around it (elements equal to the pivot may go
// either way, which keeps runs of equal elements balanced), and returns the
// pivot's final index.
func partitionFunc(x any, less func(i, j int) bool, lo, hi int) int {
	mid := int(uint(lo+hi) >> 1)
	a, b, c := lo, mid, hi-1
	if less(b, a) {
		sliceSwap(x, a, b)
	}
	if less(c, b) {
		sliceSwap(x, b, c)
		if less(b, a) {
			sliceSwap(x, a, b)
		}
	}
	sliceSwap(x, lo, mid) // the pivot now sits at lo
	i, j := lo+1, hi-1
	for {
		for i <= j && less(i, lo) {
			i++
		}
		for i <= j && less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		sliceSwap(x, i, j)
		i++
		j--
	}
	sliceSwap(x, lo, j)
	return j
}

// heapSortFunc sorts x[lo:hi] with a max-heap.
func heapSortFunc(x any, less func(i, j int) bool, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownFunc(x, less, i, n, lo)
	}
	for i := n - 1; i >= 0; i-- {
		sliceSwap(x, lo, lo+i)
		siftDownFunc(x, less, 0, i, lo)
	}
}

// siftDownFunc restores the heap property below root in the heap x[lo:lo+n]
// (indexes relative to lo).
func siftDownFunc(x any, less func(i, j int) bool, root, n, lo int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && less(lo+child, lo+child+1) {
			child++
		}
		if !less(lo+root, lo+child) {
			return
		}
		sliceSwap(x, lo+root, lo+child)
		root = child
	}
}
