// Replacer: replacing a list of strings with replacements.
package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
//
// At each position of the input, the first pair (in argument order) whose
// old string matches there is applied, and scanning resumes after the match.
// An empty old string matches at every byte position (and at the end), but
// not twice in a row at the same position.
type Replacer struct {
	olds, news []string
	// firstByte[c] reports whether some old string starts with byte c; with
	// no empty old string, other positions are skipped without comparing.
	firstByte [256]bool
	hasEmpty  bool
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches. The old string comparisons are done in
// argument order. NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{}
	for i := 0; i+1 < len(oldnew); i += 2 {
		old := oldnew[i]
		r.olds = append(r.olds, old)
		r.news = append(r.news, oldnew[i+1])
		if old == "" {
			r.hasEmpty = true
		} else {
			r.firstByte[old[0]] = true
		}
	}
	return r
}

// match returns the index of the pair to apply at s[i:], or -1.
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	rest := s[i:]
	for k, old := range r.olds {
		if old == "" {
			if !skipEmpty {
				return k
			}
			continue
		}
		if HasPrefix(rest, old) {
			return k
		}
	}
	return -1
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0 // s[last:i] is pending, not yet copied to b
	prevEmpty := false
	for i := 0; i <= len(s); {
		if !r.hasEmpty && (i == len(s) || !r.firstByte[s[i]]) {
			i++
			continue
		}
		k := r.match(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.olds[k]
		prevEmpty = old == ""
		if !changed {
			b = make([]byte, 0, len(s))
			changed = true
		}
		b = append(b, s[last:i]...)
		b = append(b, r.news[k]...)
		i += len(old)
		last = i
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
