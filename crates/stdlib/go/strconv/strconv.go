// Package strconv implements conversions to and from string representations of basic data types (Amber's
// version: Go's API and results, as thin wrappers over natives; no complex numbers).
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// What a parsing native reports.
const (
	parseOK = iota
	parseSyntax
	parseRange
	parseBase
	parseBitSize
)

// numError builds the error a parsing native reported (nil for parseOK).
func numError(fn, s string, code, base, bitSize int) error {
	var err error
	switch code {
	case parseOK:
		return nil
	case parseSyntax:
		err = ErrSyntax
	case parseRange:
		err = ErrRange
	case parseBase:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, s, err}
}

// Natives (crates/stdlib/src/natives/strconv.rs) over Amber's implementation of Go's algorithms.

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func atoi(s string) (int, int)
func formatInt(i int64, base int) string
func formatUint(u uint64, base int) string
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// quote quotes s (mode 0: Quote, 1: QuoteToASCII, 2: QuoteToGraphic).
func quote(s string, mode int) string

// quoteRune quotes r (modes as for quote).
func quoteRune(r rune, mode int) string
func unquote(s string) (string, bool)
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)
func quotedPrefix(s string) (string, bool)

// CanBackquote reports whether the string s can be represented unchanged as a single-line backquoted string
// without control characters other than tab.
func CanBackquote(s string) bool

// IsPrint reports whether the rune is defined as printable by Go, with the same definition as
// unicode.IsPrint: letters, numbers, punctuation, symbols and ASCII space.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode. Such characters include letters,
// marks, numbers, punctuation, symbols, and spaces, from categories L, M, N, P, S, and Zs.
func IsGraphic(r rune) bool

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64) and returns the
// corresponding value i. With base 0 the base is implied by the string's prefix (0b, 0o or 0, 0x) and
// underscores are permitted. On a range error the result is the value of the given size closest to s.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, code, base, bitSize)
}

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, code, base, bitSize)
}

// ParseFloat converts the string s to a floating-point number with the precision specified by bitSize: 32
// for float32, or 64 for float64. It accepts decimal and hexadecimal floating-point numbers, underscores
// when base-prefixed, and "inf", "infinity" and "nan" in any case.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, code, 10, bitSize)
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	v, code := atoi(s)
	return v, numError("Atoi", s, code, 10, 0)
}

// ParseBool returns the boolean value represented by the string. It accepts 1, t, T, TRUE, true, True, 0,
// f, F, FALSE, false, False. Any other value returns an error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst and returns the extended buffer.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// FormatInt returns the string representation of i in the given base, for 2 <= base <= 36, using lower-case
// letters for digit values >= 10.
func FormatInt(i int64, base int) string {
	checkBase(base)
	return formatInt(i, base)
}

func checkBase(base int) {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
}

func checkBitSize(bitSize int, fn string) {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal " + fn + " bitSize")
	}
}

// FormatUint returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatUint(i uint64, base int) string {
	checkBase(base)
	return formatUint(i, base)
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return formatInt(int64(i), 10)
}

// AppendInt appends the string form of the integer i, as generated by FormatInt, to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	checkBase(base)
	return append(dst, formatInt(i, base)...)
}

// AppendUint appends the string form of the unsigned integer i, as generated by FormatUint, to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	checkBase(base)
	return append(dst, formatUint(i, base)...)
}

// FormatFloat converts the floating-point number f to a string, according to the format fmt ('b', 'e',
// 'E', 'f', 'g', 'G', 'x', 'X') and precision prec (-1 for the fewest digits that read back exactly),
// assuming f came from a value of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	checkBitSize(bitSize, "FormatFloat")
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends the string form of the floating-point number f, as generated by FormatFloat, to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	checkBitSize(bitSize, "AppendFloat")
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

// Quote returns a double-quoted Go string literal representing s, with Go escapes for control characters
// and non-printable characters as defined by IsPrint.
func Quote(s string) string {
	return quote(s, 0)
}

// AppendQuote appends a double-quoted Go string literal representing s, as generated by Quote, to dst.
func AppendQuote(dst []byte, s string) []byte {
	return append(dst, quote(s, 0)...)
}

// QuoteToASCII returns a double-quoted Go string literal representing s, escaping non-ASCII characters.
func QuoteToASCII(s string) string {
	return quote(s, 1)
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, quote(s, 1)...)
}

// QuoteToGraphic returns a double-quoted Go string literal representing s, leaving Unicode graphic
// characters (IsGraphic) unescaped.
func QuoteToGraphic(s string) string {
	return quote(s, 2)
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, quote(s, 2)...)
}

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string {
	return quoteRune(r, 0)
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, quoteRune(r, 0)...)
}

// QuoteRuneToASCII returns a single-quoted Go character literal representing the rune, escaping non-ASCII.
func QuoteRuneToASCII(r rune) string {
	return quoteRune(r, 1)
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, quoteRune(r, 1)...)
}

// QuoteRuneToGraphic returns a single-quoted Go character literal representing the rune, leaving graphic
// characters unescaped.
func QuoteRuneToGraphic(r rune) string {
	return quoteRune(r, 2)
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, quoteRune(r, 2)...)
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal, returning the
// string value that s quotes. (A single-quoted literal gives its one character.)
func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// UnquoteChar decodes the first character or byte in the escaped string or character literal represented
// by the string s. It returns the value, whether it must be encoded as UTF-8, the rest of the string, and
// ErrSyntax when the input is not valid.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s. If s does not start
// with a valid quoted string, QuotedPrefix returns an error.
func QuotedPrefix(s string) (string, error) {
	p, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return p, nil
}
