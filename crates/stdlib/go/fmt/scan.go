// Scanning: Sscan, Sscanln, Sscanf and the Fscan family over an io.Reader (Amber has no standard input, so
// there is no Scan, Scanln or Scanf).
//
// The scanner reads one rune at a time and stops at the first error, which it raises as a panic carrying a
// scanError and turns back into the returned error at the top (errorHandler). Values are stored through the
// pointer operands by natives (storeInt, storeFloat...) so that named types over the basic ones work too.
package fmt

import (
	"errors"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input. Newlines are treated appropriately for the operation being
	// performed.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns the run of runes satisfying f
	// (or !isSpace when f is nil).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Read is not to be called: use ReadRune.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the input for the representation
// of a value and stores the result in the receiver, which must be a pointer to be useful.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Sscan scans the argument string, storing successive space-separated values into successive arguments.
// Newlines count as space. It returns the number of items successfully scanned. If that is less than the
// number of arguments, err will report why.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str}, a...)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final item there must be a
// newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str}, a...)
}

// Sscanf scans the argument string, storing successive space-separated values into successive arguments as
// determined by the format. It returns the number of items successfully parsed. Newlines in the input must
// match newlines in the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}

// Fscan scans text read from r, storing successive space-separated values into successive arguments.
// Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s, saved := newScanState(r, true, false)
	n, err = s.doScan(a)
	s.restore(saved)
	return
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after the final item there must be a
// newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s, saved := newScanState(r, false, true)
	n, err = s.doScan(a)
	s.restore(saved)
	return
}

// Fscanf scans text read from r, storing successive space-separated values into successive arguments as
// determined by the format. Newlines in the input must match newlines in the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s, saved := newScanState(r, false, false)
	n, err = s.doScanf(format, a)
	s.restore(saved)
	return
}

// The bodyless natives that store a scanned value through the pointer operand arg (see go/NATIVES.md).

// scanTarget classifies arg: the kind of value it points to (one of the target constants) and that kind's
// size in bits (for integers, floats and complex numbers).
func scanTarget(arg any) (kind int, bits int)

// storeInt stores x (already checked to fit) through arg, which points to a bool, integer or unsigned integer
// type (bool: x != 0).
func storeInt(arg any, x int64)

// storeFloat stores x through arg, which points to a float type (rounded to float32 for 32 bits).
func storeFloat(arg any, x float64)

// storeComplex stores complex(re, im) through arg, which points to a complex type.
func storeComplex(arg any, re, im float64)

// storeString stores str through arg, which points to a string type or a byte slice type (then as a new
// slice holding a copy of its bytes).
func storeString(arg any, str string)

// What scanTarget reports.
const (
	targetNotPointer = 0
	targetBool       = 1
	targetInt        = 2
	targetUint       = 3
	targetFloat      = 4
	targetComplex    = 5
	targetString     = 6
	targetBytes      = 7
	targetOther      = 8
)

// scanError carries an error through a panic to errorHandler.
type scanError struct {
	err error
}

const eof = -1

// hugeWid stands for "no width given".
const hugeWid = 1 << 30

var errComplex = errors.New("syntax error scanning complex number")
var errBool = errors.New("syntax error scanning boolean")

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

// ss is the scanner state; it implements ScanState.
type ss struct {
	rs    io.RuneScanner
	buf   []byte
	count int  // runes consumed so far
	atEOF bool // already read EOF (or the newline that ends a Scanln)
	ssave
}

// ssave holds the parts of the state that a nested scan (a Scanner calling Fscan on its ScanState) changes.
type ssave struct {
	validSave bool // the state is in use by an outer scan
	nlIsEnd   bool // a newline ends the input (Scanln)
	nlIsSpace bool // a newline counts as space (Scan)
	argLimit  int  // rune count where the current operand's input ends
	limit     int  // rune count where the whole input ends (for a nested scan)
	maxWid    int  // width of the current operand
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) (s *ss, saved ssave) {
	if outer, ok := r.(*ss); ok {
		saved = outer.ssave
		outer.limit = outer.argLimit
		outer.nlIsEnd = nlIsEnd || outer.nlIsEnd
		outer.nlIsSpace = nlIsSpace
		return outer, saved
	}
	s = &ss{}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	s.nlIsSpace = nlIsSpace
	s.nlIsEnd = nlIsEnd
	s.limit = hugeWid
	s.argLimit = hugeWid
	s.maxWid = hugeWid
	s.validSave = true
	return s, saved
}

// restore gives an outer scan its state back after a nested one.
func (s *ss) restore(saved ssave) {
	if saved.validSave {
		s.ssave = saved
	}
}

// The ScanState methods.

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		err = io.EOF
		return
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// SkipSpace skips spaces; a newline is a space for Scan, an error for Scanf, and the end for Scanln.
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

// Reading helpers.

// getRune reads the next rune, or eof; other read errors stop the scan.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune where running out of input is an error (io.ErrUnexpectedEOF).
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) errorString(err string) {
	panic(scanError{errors.New(err)})
}

// notEOF stops the scan with io.EOF when no input is left.
func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// consume reads the next rune and reports whether it is in ok; accept appends it to buf (and puts a
// non-matching rune back).
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next rune is in ok, without consuming it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// accept consumes the next rune into buf if it is in ok.
func (s *ss) accept(ok string) bool {
	return s.consume(ok, true)
}

// token appends to buf the runes satisfying f, after skipping space if asked.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

// okVerb stops the scan unless verb is one of okVerbs.
func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) >= 0 {
		return true
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// The space characters fmt skips (Unicode White_Space minus the few it leaves alone).
func isSpace(r rune) bool {
	if r >= 0x10000 {
		return false
	}
	switch {
	case r >= 0x0009 && r <= 0x000d, r == 0x0020, r == 0x0085, r == 0x00a0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// Scanning values.

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(errBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(errBool)
		}
		return false
	}
	return false
}

// getBase returns the base and digit set an integer verb reads.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber reads a run of digits (at least one unless some were already read).
func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads one rune as an integer (%c), which must fit in bitSize bits.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := int64(s.getRune())
	n := uint(bitSize)
	if (r<<(64-n))>>(64-n) != r {
		s.errorString("overflow on character value " + string(rune(r)))
	}
	return r
}

// scanBasePrefix reads %v's optional base prefix (0b, 0o, 0x, or a leading 0 for octal).
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads the longest prefix that looks like a floating-point number (including nan, inf, hex
// mantissas and underscores); the parse decides whether it is one.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// convertFloat parses a float token of n bits. A 'p' exponent after a decimal mantissa (1.5p3) scales by a
// power of two, which strconv does not accept.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

// complexTokens reads "(re+imi)" or "re+imi" into its two float tokens (the imaginary one with its sign).
func (s *ss) complexTokens() (real, imag string) {
	parens := s.accept("(")
	real = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(errComplex)
	}
	imagSign := string(s.buf)
	imag = s.floatToken()
	if !s.accept("i") {
		s.error(errComplex)
	}
	if parens && !s.accept(")") {
		s.error(errComplex)
	}
	return real, imagSign + imag
}

func (s *ss) scanComplex(verb rune, n int) (float64, float64) {
	if !s.okVerb(verb, "beEfFgGv", "complex") {
		return 0, 0
	}
	s.SkipSpace()
	s.notEOF()
	sreal, simag := s.complexTokens()
	re := s.convertFloat(sreal, n/2)
	im := s.convertFloat(simag, n/2)
	return re, im
}

// convertString reads a string operand: a space-delimited word (%s, %v), a Go quoted string (%q) or hex
// digits (%x, %X).
func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// Only the character right after a backslash can be an escaped quote or backslash.
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case d >= '0' && d <= '9':
		return int(d - '0'), true
	case d >= 'a' && d <= 'f':
		return 10 + int(d-'a'), true
	case d >= 'A' && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

// hexByte reads two hex digits; ok is false (and nothing is consumed) when the next rune is not one.
func (s *ss) hexByte() (b byte, ok bool) {
	r1 := s.getRune()
	if r1 == eof {
		return
	}
	v1, ok := hexDigit(r1)
	if !ok {
		s.UnreadRune()
		return
	}
	v2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(v1<<4 | v2), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// scanOne scans one operand with verb and stores it through arg.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		err := v.Scan(s, verb)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	kind, bits := scanTarget(arg)
	switch kind {
	case targetNotPointer:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	case targetBool:
		if s.scanBool(verb) {
			storeInt(arg, 1)
		} else {
			storeInt(arg, 0)
		}
	case targetInt:
		storeInt(arg, s.scanInt(verb, bits))
	case targetUint:
		storeInt(arg, int64(s.scanUint(verb, bits)))
	case targetFloat:
		// Only the unnamed float types check the verb (as Go's fmt does).
		switch arg.(type) {
		case *float32:
			if !s.okVerb(verb, "beEfFgGv", "float32") {
				return
			}
		case *float64:
			if !s.okVerb(verb, "beEfFgGv", "float64") {
				return
			}
		}
		s.SkipSpace()
		s.notEOF()
		storeFloat(arg, s.convertFloat(s.floatToken(), bits))
	case targetComplex:
		re, im := s.scanComplex(verb, bits)
		storeComplex(arg, re, im)
	case targetString, targetBytes:
		storeString(arg, s.convertString(verb))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

// errorHandler turns the panics of a failed scan into its returned error; other panics go on.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eofErr, ok := e.(error); ok && eofErr == io.EOF {
			*errp = eofErr
		} else {
			panic(e)
		}
	}
}

// doScan scans one operand per argument with %v (Scan, Scanln).
func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	// Scanln: only spaces may follow the last operand before the newline or the end.
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the literal text and spaces at the start of format against the input. It returns the
// number of format bytes consumed, or -1 when the input does not match a literal.
//
// A newline in the format matches zero or more spaces and then a newline or the end of the input; spaces
// before it are part of it, spaces after it match zero or more spaces after the input's newline. Other
// runs of spaces match one or more spaces, or the end of the input.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					// Spaces on their own must match at least one space.
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w // %% is a literal percent sign
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// parsenum reads a decimal width at s[start:end].
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if num > 1e6 {
			return 0, false, end // absurdly large
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (s *ss) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.errorString("missing literal %")
	}
}

// doScanf scans one operand per verb of format.
func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			// The input did not match a literal, or it ran out (too many operands is reported below).
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++ // the %

		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}

		c, w := utf8.DecodeRuneInString(format[i:])
		i += w

		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue // no operand
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}

		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

// stringReader reads runes from a string (Sscan and friends).
type stringReader struct {
	s    string
	i    int
	prev int // start of the last rune read, or -1
}

func (r *stringReader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.i:])
	r.i += n
	r.prev = -1
	return n, nil
}

func (r *stringReader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		r.prev = -1
		return 0, 0, io.EOF
	}
	r.prev = r.i
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return ch, size, nil
}

func (r *stringReader) UnreadRune() error {
	if r.prev < 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.i = r.prev
	r.prev = -1
	return nil
}

// readRune reads runes from an io.Reader that cannot unread, one byte at a time so that nothing past the
// scanned text is consumed, and keeps the last rune for UnreadRune.
type readRune struct {
	reader  io.Reader
	pending []byte // bytes read but not yet part of a rune (after an invalid encoding)
	one     [1]byte
	// peekRune is the rune UnreadRune gave back (>= 0), or the complement of the last rune read (< 0).
	peekRune rune
}

func (r *readRune) readByte() (byte, error) {
	if len(r.pending) > 0 {
		b := r.pending[0]
		r.pending = r.pending[1:]
		return b, nil
	}
	n, err := io.ReadFull(r.reader, r.one[:])
	if n != 1 {
		return 0, err
	}
	return r.one[0], nil
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		return rr, utf8.RuneLen(rr), nil
	}
	first, err := r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if first < utf8.RuneSelf {
		r.peekRune = ^rune(first)
		return rune(first), 1, nil
	}
	var buf [utf8.UTFMax]byte
	buf[0] = first
	n := 1
	for n < utf8.UTFMax && !utf8.FullRune(buf[:n]) {
		b, err := r.readByte()
		if err != nil {
			if err == io.EOF {
				break
			}
			return 0, 0, err
		}
		buf[n] = b
		n++
	}
	rr, size = utf8.DecodeRune(buf[:n])
	if size < n {
		// An invalid encoding: the bytes after the first are read again as the next runes.
		rest := append([]byte{}, buf[size:n]...)
		r.pending = append(rest, r.pending...)
	}
	r.peekRune = ^rr
	return rr, size, nil
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}
