// Range tables: the RangeTable type, Is, and the category tables (which are
// answered by the generalCategory native instead of stored ranges).
package unicode

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices to save
// space: a slice of 16-bit ranges and a slice of 32-bit ranges. The two
// slices must be in sorted order and non-overlapping. Also, R32 should
// contain only values >= 0x10000 (1<<16).
//
// In Amber the predefined tables (categories such as Letter and Upper,
// scripts such as Greek, properties such as Dash) have empty R16 and R32:
// membership is decided by the VM's Unicode data.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1

	categories uint32 // non-zero: the table is this set of general categories
	table      int    // non-zero: the table is this script or property table of the inTable native
}

// native: reports whether r is in the script or property table numbered id
// (see scripts.go).
func inTable(id int, r rune) bool

// Range16 represents of a range of 16-bit Unicode code points. The range
// runs from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one
// or more of the values will not fit in 16 bits. The range runs from Lo to
// Hi inclusive and has the specified stride. Lo and Hi must always be >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.categories != 0 {
		// Unassigned (Cn) covers only real code points.
		return 0 <= r && r <= MaxRune && categoryIn(r, rangeTab.categories)
	}
	if rangeTab.table != 0 {
		return inTable(rangeTab.table, r)
	}
	if r < 0 {
		return false
	}
	if r <= 0xFFFF {
		if in16(rangeTab.R16, uint16(r)) {
			return true
		}
	}
	return len(rangeTab.R32) > 0 && r >= rune(rangeTab.R32[0].Lo) && in32(rangeTab.R32, uint32(r))
}

// in16 binary-searches sorted 16-bit ranges.
func in16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (rg.Stride != 0 && (r-rg.Lo)%rg.Stride == 0)
		}
	}
	return false
}

// in32 binary-searches sorted 32-bit ranges.
func in32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (rg.Stride != 0 && (r-rg.Lo)%rg.Stride == 0)
		}
	}
	return false
}

func categoryTable(mask uint32) *RangeTable {
	return &RangeTable{categories: mask}
}

// The general category tables.
var (
	Cc = categoryTable(1 << catCc)
	Cf = categoryTable(1 << catCf)
	Cn = categoryTable(1 << catCn)
	Co = categoryTable(1 << catCo)
	Cs = categoryTable(1 << catCs)
	C  = categoryTable(maskC)
	Ll = categoryTable(1 << catLl)
	Lm = categoryTable(1 << catLm)
	Lo = categoryTable(1 << catLo)
	Lt = categoryTable(1 << catLt)
	Lu = categoryTable(1 << catLu)
	LC = categoryTable(maskLC)
	L  = categoryTable(maskL)
	Mc = categoryTable(1 << catMc)
	Me = categoryTable(1 << catMe)
	Mn = categoryTable(1 << catMn)
	M  = categoryTable(maskM)
	Nd = categoryTable(1 << catNd)
	Nl = categoryTable(1 << catNl)
	No = categoryTable(1 << catNo)
	N  = categoryTable(maskN)
	Pc = categoryTable(1 << catPc)
	Pd = categoryTable(1 << catPd)
	Pe = categoryTable(1 << catPe)
	Pf = categoryTable(1 << catPf)
	Pi = categoryTable(1 << catPi)
	Po = categoryTable(1 << catPo)
	Ps = categoryTable(1 << catPs)
	P  = categoryTable(maskP)
	Sc = categoryTable(1 << catSc)
	Sk = categoryTable(1 << catSk)
	Sm = categoryTable(1 << catSm)
	So = categoryTable(1 << catSo)
	S  = categoryTable(maskS)
	Zl = categoryTable(1 << catZl)
	Zp = categoryTable(1 << catZp)
	Zs = categoryTable(1 << catZs)
	Z  = categoryTable(maskZ)

	Other  = C  // Other/C is the set of Unicode control, special, and unassigned code points, category C.
	Letter = L  // Letter/L is the set of Unicode letters, category L.
	Lower  = Ll // Lower is the set of Unicode lower case letters.
	Title  = Lt // Title is the set of Unicode title case letters.
	Upper  = Lu // Upper is the set of Unicode upper case letters.
	Mark   = M  // Mark/M is the set of Unicode mark characters, category M.
	Digit  = Nd // Digit is the set of Unicode characters with the "decimal digit" property.
	Number = N  // Number/N is the set of Unicode number characters, category N.
	Punct  = P  // Punct/P is the set of Unicode punctuation characters, category P.
	Symbol = S  // Symbol/S is the set of Unicode symbol characters, category S.
	Space  = Z  // Space/Z is the set of Unicode space characters, category Z.
)

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// Categories is the set of Unicode category tables.
var Categories = map[string]*RangeTable{
	"C": C, "Cc": Cc, "Cf": Cf, "Cn": Cn, "Co": Co, "Cs": Cs,
	"L": L, "LC": LC, "Ll": Ll, "Lm": Lm, "Lo": Lo, "Lt": Lt, "Lu": Lu,
	"M": M, "Mc": Mc, "Me": Me, "Mn": Mn,
	"N": N, "Nd": Nd, "Nl": Nl, "No": No,
	"P": P, "Pc": Pc, "Pd": Pd, "Pe": Pe, "Pf": Pf, "Pi": Pi, "Po": Po, "Ps": Ps,
	"S": S, "Sc": Sc, "Sk": Sk, "Sm": Sm, "So": So,
	"Z": Z, "Zl": Zl, "Zp": Zp, "Zs": Zs,
}

// CategoryAliases maps category aliases to standard category names.
var CategoryAliases = map[string]string{
	"Cased_Letter": "LC", "Close_Punctuation": "Pe", "Combining_Mark": "M", "Connector_Punctuation": "Pc",
	"Control": "Cc", "Currency_Symbol": "Sc", "Dash_Punctuation": "Pd", "Decimal_Number": "Nd",
	"Enclosing_Mark": "Me", "Final_Punctuation": "Pf", "Format": "Cf", "Initial_Punctuation": "Pi",
	"Letter": "L", "Letter_Number": "Nl", "Line_Separator": "Zl", "Lowercase_Letter": "Ll",
	"Mark": "M", "Math_Symbol": "Sm", "Modifier_Letter": "Lm", "Modifier_Symbol": "Sk",
	"Nonspacing_Mark": "Mn", "Number": "N", "Open_Punctuation": "Ps", "Other": "C",
	"Other_Letter": "Lo", "Other_Number": "No", "Other_Punctuation": "Po", "Other_Symbol": "So",
	"Paragraph_Separator": "Zp", "Private_Use": "Co", "Punctuation": "P", "Separator": "Z",
	"Space_Separator": "Zs", "Spacing_Mark": "Mc", "Surrogate": "Cs", "Symbol": "S",
	"Titlecase_Letter": "Lt", "Unassigned": "Cn", "Uppercase_Letter": "Lu", "cntrl": "Cc",
	"digit": "Nd", "punct": "P",
}
