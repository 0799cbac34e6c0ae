// Package utf8 implements functions and constants to support text encoded in
// UTF-8 (Amber's version of Go's unicode/utf8, the whole API).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

// Surrogate halves are not valid scalar values.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// Continuation bytes are 0b10xxxxxx.
const (
	contMask = 0x3F
	contTag  = 0x80
	contLow  = 0x80
	contHigh = 0xBF
)

// leadInfo classifies a leading byte: its sequence length (0 = invalid) and
// the accepted range of the second byte, which rules out overlong forms,
// surrogates and values above MaxRune.
func leadInfo(b byte) (size int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, contLow, contHigh
	case b == 0xE0:
		return 3, 0xA0, contHigh
	case b == 0xED:
		return 3, contLow, 0x9F
	case b < 0xF0:
		return 3, contLow, contHigh
	case b == 0xF0:
		return 4, 0x90, contHigh
	case b < 0xF4:
		return 4, contLow, contHigh
	case b == 0xF4:
		return 4, contLow, 0x8F
	}
	return 0, 0, 0
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of
// a rune. An invalid encoding is considered a full rune since it will convert
// as a width-1 error rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	size, lo, hi := leadInfo(p[0])
	if size <= 1 || n >= size {
		return true
	}
	// A too-short sequence is still "full" if what is there is already invalid.
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	if n > 2 && (p[2] < contLow || contHigh < p[2]) {
		return true
	}
	return false
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	size, lo, hi := leadInfo(s[0])
	if size <= 1 || n >= size {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && (s[2] < contLow || contHigh < s[2]) {
		return true
	}
	return false
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). If the encoding
// is invalid, it returns (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	b0 := p[0]
	want, lo, hi := leadInfo(b0)
	switch want {
	case 1:
		return rune(b0), 1
	case 0:
		return RuneError, 1
	}
	if n < want {
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if want == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&contMask), 2
	}
	b2 := p[2]
	if b2 < contLow || contHigh < b2 {
		return RuneError, 1
	}
	if want == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&contMask)<<6 | rune(b2&contMask), 3
	}
	b3 := p[3]
	if b3 < contLow || contHigh < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&contMask)<<12 | rune(b2&contMask)<<6 | rune(b3&contMask), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	want, lo, hi := leadInfo(b0)
	switch want {
	case 1:
		return rune(b0), 1
	case 0:
		return RuneError, 1
	}
	if n < want {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if want == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&contMask), 2
	}
	b2 := s[2]
	if b2 < contLow || contHigh < b2 {
		return RuneError, 1
	}
	if want == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&contMask)<<6 | rune(b2&contMask), 3
	}
	b3 := s[3]
	if b3 < contLow || contHigh < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&contMask)<<12 | rune(b2&contMask)<<6 | rune(b3&contMask), 4
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes. If p is empty it returns (RuneError, 0). If the
// encoding is invalid, it returns (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	// Step back over at most UTFMax-1 continuation bytes to a possible start.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune, or
// -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of
// the rune; an invalid rune is written as RuneError. It returns the number of
// bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = contTag | byte(r)&contMask
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = contTag | byte(r>>6)&contMask
		p[2] = contTag | byte(r)&contMask
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = contTag | byte(r>>12)&contMask
	p[2] = contTag | byte(r>>6)&contMask
	p[3] = contTag | byte(r)&contMask
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the
// extended buffer. An invalid rune is appended as RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, 0xC0|byte(r>>6), contTag|byte(r)&contMask)
	case r < 0x10000:
		return append(p, 0xE0|byte(r>>12), contTag|byte(r>>6)&contMask, contTag|byte(r)&contMask)
	}
	return append(p, 0xF0|byte(r>>18), contTag|byte(r>>12)&contMask, contTag|byte(r>>6)&contMask, contTag|byte(r)&contMask)
}

// RuneCount returns the number of runes in p. Erroneous and short encodings
// are treated as single runes of width 1 byte.
//
//amber:native
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
//
//amber:native
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune. Second and subsequent bytes always have the top two
// bits set to 10.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
//
//amber:native
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
//
//amber:native
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points
// that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
