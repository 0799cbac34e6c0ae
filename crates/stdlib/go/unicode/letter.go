// Case mapping: To, ToUpper, ToLower, ToTitle, SimpleFold and SpecialCase.
package unicode

// native: returns the simple case mapping of r for c (0 UpperCase,
// 1 LowerCase, 2 TitleCase) per Unicode 17.0.0 UnicodeData.txt, or r itself
// when r has no such mapping (also for r < 0 or r > MaxRune). c is always in
// range when called.
func toCase(c int, r rune) rune

// native: returns the smallest rune > r in r's simple case-folding orbit
// (Unicode 17.0.0 CaseFolding.txt, C and S entries, as Go's SimpleFold), or
// the smallest rune of the orbit if none is larger, or r if its orbit is {r}.
// Called only for 0 <= r <= MaxRune.
func simpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase. An invalid case gives ReplacementChar.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	return toCase(_case, r)
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if 0 <= r && r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if 0 <= r && r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toCase(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if 0 <= r && r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding. Among the code points equivalent to
// r (including r itself), SimpleFold returns the smallest rune > r if one
// exists, or else the smallest rune >= 0. If r is not a valid Unicode code
// point, SimpleFold(r) returns r.
//
// For example: SimpleFold('A') = 'a', SimpleFold('a') = 'A',
// SimpleFold('K') = 'k', SimpleFold('k') = '\u212A' (Kelvin symbol).
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r <= MaxASCII {
		switch {
		case r == 'k':
			return '\u212A'
		case r == 's':
			return '\u017F'
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			return r - ('a' - 'A')
		}
		return r
	}
	return simpleFold(r)
}

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion. The range runs from Lo to Hi
// inclusive, with a fixed stride of 1. Deltas are the number to add to the
// code point to reach the code point for a different case for that
// character. They may be negative. If zero, it means the character is in
// the corresponding case. There is a special case representing sequences of
// alternating corresponding Upper and Lower pairs. It appears with a fixed
// Delta of {UpperLower, UpperLower, UpperLower}.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d is the Delta array of a CaseRange.
type d [MaxCase]rune

// SpecialCase represents language-specific case mappings such as Turkish.
// Methods of SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

// TurkishCase maps dotted and dotless I the Turkish way.
var TurkishCase SpecialCase = SpecialCase{
	{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is the same as TurkishCase.
var AzeriCase SpecialCase = TurkishCase

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	if m, ok := mapCaseRanges(UpperCase, r, special); ok {
		return m
	}
	return ToUpper(r)
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	if m, ok := mapCaseRanges(TitleCase, r, special); ok {
		return m
	}
	return ToTitle(r)
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	if m, ok := mapCaseRanges(LowerCase, r, special); ok {
		return m
	}
	return ToLower(r)
}

// mapCaseRanges applies the CaseRange covering r, if any (binary search:
// the ranges are sorted). A mapping to r itself does not count as found
// unless the range says so with a zero delta.
func mapCaseRanges(c int, r rune, ranges []CaseRange) (rune, bool) {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := ranges[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[c]
			if delta > MaxRune {
				// Alternating pairs starting at Lo: even offsets are upper
				// case, odd offsets lower case; title case is upper case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(c&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}
