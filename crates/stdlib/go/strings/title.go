// Title: the deprecated word-capitalising function, kept because programs still use it.
package strings

import "unicode"

// isSeparator reports whether r separates words for Title: ASCII characters
// other than letters, digits and underscore; beyond ASCII, only spaces.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of the string s with all Unicode letters that begin
// words mapped to their Unicode title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle
// Unicode punctuation properly.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		atStart := isSeparator(prev)
		prev = r
		if atStart {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}
