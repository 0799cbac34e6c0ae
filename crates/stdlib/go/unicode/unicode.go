// Package unicode provides data and functions to test some properties of
// Unicode code points (Amber's version of Go's package unicode).
//
// The large Unicode tables live in the VM: the general category of a rune and
// its case mappings come from two natives (generalCategory, toCase,
// simpleFold). ASCII is answered in Go without calling them.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// Version is the Unicode edition from which the tables are derived.
const Version = "17.0.0"

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange Delta means the range alternates upper and lower
// case: upper, lower, upper, lower...
const UpperLower = MaxRune + 1

// General categories as returned by the generalCategory native. The numbers
// are part of the native's contract (see NATIVES.md).
const (
	catCn = iota // unassigned, or not a code point
	catLu
	catLl
	catLt
	catLm
	catLo
	catMn
	catMc
	catMe
	catNd
	catNl
	catNo
	catPc
	catPd
	catPs
	catPe
	catPi
	catPf
	catPo
	catSm
	catSc
	catSk
	catSo
	catZs
	catZl
	catZp
	catCc
	catCf
	catCs
	catCo
)

// Category masks (bit i set for category code i).
const (
	maskL = 1<<catLu | 1<<catLl | 1<<catLt | 1<<catLm | 1<<catLo
	maskM = 1<<catMn | 1<<catMc | 1<<catMe
	maskN = 1<<catNd | 1<<catNl | 1<<catNo
	maskP = 1<<catPc | 1<<catPd | 1<<catPs | 1<<catPe | 1<<catPi | 1<<catPf | 1<<catPo
	maskS = 1<<catSm | 1<<catSc | 1<<catSk | 1<<catSo
	maskZ = 1<<catZs | 1<<catZl | 1<<catZp
	maskC = 1<<catCc | 1<<catCf | 1<<catCs | 1<<catCo | 1<<catCn

	maskLC = 1<<catLu | 1<<catLl | 1<<catLt

	maskGraphic = maskL | maskM | maskN | maskP | maskS | 1<<catZs
	maskPrint   = maskL | maskM | maskN | maskP | maskS
)

// native: returns the Unicode 17.0.0 general category of r as a code:
// 0 Cn (unassigned; also for r < 0 or r > MaxRune), 1 Lu, 2 Ll, 3 Lt, 4 Lm,
// 5 Lo, 6 Mn, 7 Mc, 8 Me, 9 Nd, 10 Nl, 11 No, 12 Pc, 13 Pd, 14 Ps, 15 Pe,
// 16 Pi, 17 Pf, 18 Po, 19 Sm, 20 Sc, 21 Sk, 22 So, 23 Zs, 24 Zl, 25 Zp,
// 26 Cc, 27 Cf, 28 Cs, 29 Co.
func generalCategory(r rune) int

// inCategories reports whether r's general category is in mask.
func inCategories(r rune, mask uint32) bool {
	return mask&(1<<uint(generalCategory(r))) != 0
}

// asciiCategory classifies ASCII without calling the native.
func asciiCategory(r rune) int {
	switch {
	case r < 0x20 || r == 0x7F:
		return catCc
	case r == ' ':
		return catZs
	case '0' <= r && r <= '9':
		return catNd
	case 'A' <= r && r <= 'Z':
		return catLu
	case 'a' <= r && r <= 'z':
		return catLl
	}
	switch r {
	case '$':
		return catSc
	case '+', '<', '=', '>', '|', '~':
		return catSm
	case '^', '`':
		return catSk
	case '(', '[', '{':
		return catPs
	case ')', ']', '}':
		return catPe
	case '-':
		return catPd
	case '_':
		return catPc
	}
	return catPo
}

func category(r rune) int {
	if 0 <= r && r <= MaxASCII {
		return asciiCategory(r)
	}
	return generalCategory(r)
}

func categoryIn(r rune, mask uint32) bool {
	return mask&(1<<uint(category(r))) != 0
}

// IsControl reports whether the rune is a control character (C0 or C1). The
// C (Other) category includes more code points such as surrogates; use
// Is(C, r) to test for them.
func IsControl(r rune) bool {
	return (0 <= r && r < 0x20) || (0x7F <= r && r < 0xA0)
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if 0 <= r && r <= MaxASCII {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return inCategories(r, maskL)
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if 0 <= r && r <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return generalCategory(r) == catNd
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if 0 <= r && r <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return inCategories(r, maskN)
}

// IsUpper reports whether the rune is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if 0 <= r && r <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return generalCategory(r) == catLu
}

// IsLower reports whether the rune is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if 0 <= r && r <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return generalCategory(r) == catLl
}

// IsTitle reports whether the rune is a title case letter (category Lt).
func IsTitle(r rune) bool {
	if 0 <= r && r <= MaxLatin1 {
		return false
	}
	return generalCategory(r) == catLt
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	if 0 <= r && r <= MaxASCII {
		return false
	}
	return inCategories(r, maskM)
}

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool {
	return categoryIn(r, maskP)
}

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool {
	return categoryIn(r, maskS)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols, and spaces (categories L,
// M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	return categoryIn(r, maskGraphic)
}

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols, and the ASCII space character. Other
// spaces (such as U+00A0) are not printable.
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	return categoryIn(r, maskPrint)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is '\t', '\n',
// '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0,
		0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}
