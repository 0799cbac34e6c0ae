// Package hex implements hexadecimal encoding and decoding (Amber's version
// of Go's encoding/hex).
package hex

import (
	"errors"
	"io"
	"unicode"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input using Decode
// or DecodeString. The stream-based Decoder returns io.ErrUnexpectedEOF
// instead of ErrLength.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in
// a hex string.
type InvalidByteError byte

// Error formats the byte as Go's %#U verb does: U+0067 'g', or U+000A for a
// non-printable character.
func (e InvalidByteError) Error() string {
	r := rune(e)
	b := []byte("encoding/hex: invalid byte: U+00")
	b = append(b, "0123456789ABCDEF"[r>>4], "0123456789ABCDEF"[r&0xF])
	if unicode.IsPrint(r) {
		b = append(b, ' ', '\'')
		b = appendRune(b, r)
		b = append(b, '\'')
	}
	return string(b)
}

// appendRune appends the UTF-8 encoding of a Latin-1 rune.
func appendRune(b []byte, r rune) []byte {
	if r < 0x80 {
		return append(b, byte(r))
	}
	return append(b, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
}

// EncodedLen returns the length of an encoding of n source bytes.
// Specifically, it returns n * 2.
func EncodedLen(n int) int { return n * 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst. As a
// convenience, it returns the number of bytes written to dst, but this value
// is always EncodedLen(len(src)). Encode implements hexadecimal encoding.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// AppendEncode appends the hexadecimally encoded src to dst and returns the
// extended buffer.
func AppendEncode(dst, src []byte) []byte {
	for _, v := range src {
		dst = append(dst, hextable[v>>4], hextable[v&0x0f])
	}
	return dst
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodedLen returns the length of a decoding of x source bytes.
// Specifically, it returns x / 2.
func DecodedLen(x int) int { return x / 2 }

// fromHexChar converts a hex character into its value and a success flag.
func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the actual
// number of bytes written to dst. Decode expects that src contains only
// hexadecimal characters and that src has even length. If the input is
// malformed, Decode returns the number of bytes decoded before the error.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		p, q := src[j-1], src[j]
		a, ok := fromHexChar(p)
		if !ok {
			return i, InvalidByteError(p)
		}
		b, ok := fromHexChar(q)
		if !ok {
			return i, InvalidByteError(q)
		}
		dst[i] = (a << 4) | b
		i++
	}
	if len(src)%2 == 1 {
		// An invalid last character is an earlier problem than the length.
		if _, ok := fromHexChar(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// AppendDecode appends the hexadecimally decoded src to dst and returns the
// extended buffer. If the input is malformed, it returns the partially
// decoded src and an error.
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := DecodedLen(len(src))
	if cap(dst)-len(dst) < n {
		grown := make([]byte, len(dst), len(dst)+n)
		copy(grown, dst)
		dst = grown
	}
	n, err := Decode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n], err
}

// DecodeString returns the bytes represented by the hexadecimal string s.
// DecodeString expects that src contains only hexadecimal characters and
// that src has even length. If the input is malformed, DecodeString returns
// the bytes decoded before the error.
func DecodeString(s string) ([]byte, error) {
	dst := []byte(s)
	n, err := Decode(dst, dst)
	return dst[:n], err
}

// encoder hex-encodes everything written to it into w.
type encoder struct {
	w   io.Writer
	err error
	out [1024]byte // output buffer
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal
// characters to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := len(e.out) / 2
		if len(p) < chunk {
			chunk = len(p)
		}
		var written int
		encoded := Encode(e.out[:], p[:chunk])
		written, e.err = e.w.Write(e.out[:encoded])
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}
