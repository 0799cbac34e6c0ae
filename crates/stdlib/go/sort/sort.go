// Package sort provides primitives for sorting slices and user-defined
// collections (Amber's version of Go's package sort).
//
// Determinism: Sort, Slice, Ints, Float64s and Strings are not stable. They
// use our own introsort (median-of-three quicksort that falls back to
// heapsort past a depth of 2*ceil(log2(n+1)), and insertion sort on runs of at
// most 12 elements). It is deterministic: the same input always gives the
// same output on every machine. But where elements compare equal and are
// distinguishable (records sorted by one field, or -0.0 and +0.0), their final
// order can differ from what Go's pdqsort produces. Programs whose output
// must match Go exactly should use Stable / SliceStable, whose result is fully
// defined.
package sort

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j. It must describe a strict weak ordering.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It
// makes one call to data.Len to determine n and O(n*log(n)) calls to
// data.Less and data.Swap. The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	introSort(data, 0, n, depthLimit(n))
}

// depthLimit returns 2*ceil(log2(n+1)), the quicksort depth past which
// heapsort takes over.
func depthLimit(n int) int {
	depth := 0
	for i := n; i > 0; i >>= 1 {
		depth++
	}
	return depth * 2
}

// insertionThreshold is the length at or below which a range is sorted by
// insertion sort.
const insertionThreshold = 12

// introSort sorts data[lo:hi].
func introSort(data Interface, lo, hi, depth int) {
	for hi-lo > insertionThreshold {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		// Recurse into the smaller side, loop on the larger one: the
		// recursion depth stays logarithmic.
		if p-lo < hi-p-1 {
			introSort(data, lo, p, depth)
			lo = p + 1
		} else {
			introSort(data, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(data, lo, hi)
}

// insertionSort sorts data[lo:hi] by insertion (stable).
func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// partition picks the median of the first, middle and last elements as the
// pivot, splits data[lo:hi] around it (elements equal to the pivot may go
// either way, which keeps runs of equal elements balanced), and returns the
// pivot's final index.
func partition(data Interface, lo, hi int) int {
	mid := int(uint(lo+hi) >> 1)
	a, b, c := lo, mid, hi-1
	if data.Less(b, a) {
		data.Swap(a, b)
	}
	if data.Less(c, b) {
		data.Swap(b, c)
		if data.Less(b, a) {
			data.Swap(a, b)
		}
	}
	data.Swap(lo, mid) // the pivot now sits at lo
	i, j := lo+1, hi-1
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

// heapSort sorts data[lo:hi] with a max-heap.
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, lo)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(lo, lo+i)
		siftDown(data, 0, i, lo)
	}
}

// siftDown restores the heap property below root in the heap data[lo:lo+n]
// (indexes relative to lo).
func siftDown(data Interface, root, n, lo int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(lo+child, lo+child+1) {
			child++
		}
		if !data.Less(lo+root, lo+child) {
			return
		}
		data.Swap(lo+root, lo+child)
		root = child
	}
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements. It makes one call to
// data.Len to determine n, O(n*log(n)) calls to data.Less and
// O(n*log(n)*log(n)) calls to data.Swap.
func Stable(data Interface) {
	stableSort(data, data.Len())
}

// stableBlock is the size of the runs first sorted by insertion sort.
const stableBlock = 20

func stableSort(data Interface, n int) {
	for a := 0; a < n; a += stableBlock {
		b := a + stableBlock
		if b > n {
			b = n
		}
		insertionSort(data, a, b)
	}
	for size := stableBlock; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			b := a + 2*size
			if b > n {
				b = n
			}
			mergeInPlace(data, a, a+size, b)
		}
	}
}

// mergeInPlace merges the sorted runs data[a:m] and data[m:b] stably,
// using only Less and Swap: split the larger run at its middle, find where
// that element belongs in the other run, rotate the middle part, and merge
// the two halves recursively.
func mergeInPlace(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if b-a == 2 {
		if data.Less(m, a) {
			data.Swap(a, m)
		}
		return
	}
	var cut1, cut2 int
	if m-a > b-m {
		cut1 = a + (m-a)/2
		// First element of the right run not less than data[cut1]: equal
		// right elements stay after it.
		cut2 = m + searchRange(m, b, func(j int) bool { return !data.Less(j, cut1) })
	} else {
		cut2 = m + (b-m)/2
		// First element of the left run greater than data[cut2]: equal left
		// elements stay before it.
		cut1 = a + searchRange(a, m, func(i int) bool { return data.Less(cut2, i) })
	}
	rotate(data, cut1, m, cut2)
	newMid := cut1 + (cut2 - m)
	mergeInPlace(data, a, cut1, newMid)
	mergeInPlace(data, newMid, cut2, b)
}

// searchRange returns the offset from lo of the first index in [lo, hi)
// for which f is true (f is false then true over the range), or hi-lo.
func searchRange(lo, hi int, f func(int) bool) int {
	i, j := lo, hi
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i - lo
}

// rotate exchanges the adjacent ranges data[a:m] and data[m:b].
func rotate(data Interface, a, m, b int) {
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data Interface, i, j int) {
	for j--; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverseOrder struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverseOrder) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverseOrder{data}
}
