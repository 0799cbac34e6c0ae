// Compares encoding/hex and encoding/base64 with Go's on edge cases and
// random (mostly malformed) inputs.
package main

import (
	"amberstd/compare/check"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand"
	gobytes "real/bytes"
	gobase64 "real/encoding/base64"
	gohex "real/encoding/hex"
)

func res(b []byte, err error) string {
	return fmt.Sprintf("%q %v", b, err)
}

func main() {
	rng := rand.New(rand.NewSource(3))
	// hex
	for c := 0; c < 256; c++ {
		check.Eq(fmt.Sprintf("InvalidByteError(%d)", c), hex.InvalidByteError(c).Error(), gohex.InvalidByteError(c).Error())
	}
	hexInputs := []string{"", "0", "00", "0g", "g0", "abc", "ab c", "zz1", "\xff0", "é0", "0\x01", "DEADbeef", "deadbee", "deadbeeg", "x"}
	const hexAlpha = "0123456789abcdefABCDEFgG \x00\xff"
	for i := 0; i < 20000; i++ {
		b := make([]byte, rng.Intn(9))
		for j := range b {
			b[j] = hexAlpha[rng.Intn(len(hexAlpha))]
		}
		hexInputs = append(hexInputs, string(b))
	}
	for _, s := range hexInputs {
		check.Eq("hex.DecodeString"+fmt.Sprintf("%q", s), res(hex.DecodeString(s)), res(gohex.DecodeString(s)))
		d1 := make([]byte, len(s))
		d2 := make([]byte, len(s))
		n1, e1 := hex.Decode(d1, []byte(s))
		n2, e2 := gohex.Decode(d2, []byte(s))
		check.Eq("hex.Decode"+fmt.Sprintf("%q", s), res(d1[:n1], e1), res(d2[:n2], e2))
		check.Eq("hex.AppendDecode", res(hex.AppendDecode([]byte("pre"), []byte(s))), res(gohex.AppendDecode([]byte("pre"), []byte(s))))
		check.Eq("hex.EncodeToString", hex.EncodeToString([]byte(s)), gohex.EncodeToString([]byte(s)))
		check.Eq("hex.AppendEncode", hex.AppendEncode([]byte("x"), []byte(s)), gohex.AppendEncode([]byte("x"), []byte(s)))
		e := make([]byte, hex.EncodedLen(len(s)))
		check.Eq("hex.Encode n", hex.Encode(e, []byte(s)), gohex.EncodedLen(len(s)))
	}
	check.Eq("hex.DecodedLen", hex.DecodedLen(7), gohex.DecodedLen(7))
	check.Eq("hex.ErrLength", hex.ErrLength.Error(), gohex.ErrLength.Error())

	// base64
	const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	type pair struct {
		name string
		ours *base64.Encoding
		real *gobase64.Encoding
	}
	encs := []pair{
		{"Std", base64.StdEncoding, gobase64.StdEncoding},
		{"URL", base64.URLEncoding, gobase64.URLEncoding},
		{"RawStd", base64.RawStdEncoding, gobase64.RawStdEncoding},
		{"RawURL", base64.RawURLEncoding, gobase64.RawURLEncoding},
		{"StdStrict", base64.StdEncoding.Strict(), gobase64.StdEncoding.Strict()},
		{"RawStrict", base64.RawStdEncoding.Strict(), gobase64.RawStdEncoding.Strict()},
		{"Custom*", base64.NewEncoding(alpha[32:] + alpha[:32]).WithPadding('*'), gobase64.NewEncoding(alpha[32:] + alpha[:32]).WithPadding('*')},
	}
	inputs := []string{"", "YWJj", "YWJ", "YW=j", "Y", "YWJjZA==", "YWJjZA=", "YWJjZA", "YW\nJj", "YWJjZA==x", "!!!!",
		"YWJjZA=\n=", "YWJjZ===", "YQ==YQ==", "YR==", "YWJ=", "YWK=", "\n", "\r\n", "YWJjZA==\n", "=", "==", "YQ", "YR", "YWI", "YWJjZGVm", "Y*==", "YQ**"}
	const b64Alpha = "AQRgwYZ019+/-_=\n\r*!"
	for i := 0; i < 40000; i++ {
		b := make([]byte, rng.Intn(13))
		for j := range b {
			b[j] = b64Alpha[rng.Intn(len(b64Alpha))]
		}
		inputs = append(inputs, string(b))
	}
	for _, e := range encs {
		for _, s := range inputs {
			what := fmt.Sprintf("%s.DecodeString(%q)", e.name, s)
			check.Eq(what, res(e.ours.DecodeString(s)), res(e.real.DecodeString(s)))
			check.Eq("AppendDecode "+what, res(e.ours.AppendDecode([]byte("p"), []byte(s))), res(e.real.AppendDecode([]byte("p"), []byte(s))))
		}
		for n := 0; n < 40; n++ {
			src := make([]byte, n)
			rng.Read(src)
			check.Eq(fmt.Sprintf("%s.EncodeToString(%x)", e.name, src), e.ours.EncodeToString(src), e.real.EncodeToString(src))
			check.Eq("AppendEncode", e.ours.AppendEncode([]byte("p"), src), e.real.AppendEncode([]byte("p"), src))
			check.Eq("EncodedLen", e.ours.EncodedLen(n), e.real.EncodedLen(n))
			check.Eq("DecodedLen", e.ours.DecodedLen(n), e.real.DecodedLen(n))
			enc := e.real.EncodeToString(src)
			check.Eq("roundtrip", res(e.ours.DecodeString(enc)), res(e.real.DecodeString(enc)))
		}
	}
	for _, a := range []string{"short", alpha[:63] + "\n", alpha[:63] + "A", alpha} {
		check.Eq("NewEncoding panic", check.Panics(func() { base64.NewEncoding(a) }), check.Panics(func() { gobase64.NewEncoding(a) }))
	}
	for _, p := range []rune{'=', -1, -2, '\n', '\r', 0x100, 'A', '*'} {
		check.Eq(fmt.Sprintf("WithPadding(%d)", p), check.Panics(func() { base64.StdEncoding.WithPadding(p) }), check.Panics(func() { gobase64.StdEncoding.WithPadding(p) }))
	}
	for _, e := range encs {
		for _, n := range []int{0, 1, 2, 3, 4, 5, 767, 768, 769, 3000} {
			src := make([]byte, n)
			rng.Read(src)
			var b1, b2 gobytes.Buffer
			w1 := base64.NewEncoder(e.ours, &b1)
			w2 := gobase64.NewEncoder(e.real, &b2)
			rest := src
			for len(rest) > 0 {
				k := rng.Intn(len(rest) + 1)
				n1, e1 := w1.Write(rest[:k])
				n2, e2 := w2.Write(rest[:k])
				check.Eq("stream Write", []any{n1, e1}, []any{n2, e2})
				rest = rest[k:]
			}
			check.Eq("stream Close", w1.Close(), w2.Close())
			check.Eq(fmt.Sprintf("%s.NewEncoder(%d)", e.name, n), b1.String(), b2.String())
			var h1, h2 gobytes.Buffer
			n1, e1 := hex.NewEncoder(&h1).Write(src)
			n2, e2 := gohex.NewEncoder(&h2).Write(src)
			check.Eq("hex.NewEncoder", []any{n1, e1, h1.String()}, []any{n2, e2, h2.String()})
		}
	}
	check.Eq("CorruptInputError", base64.CorruptInputError(-12).Error(), gobase64.CorruptInputError(-12).Error())
	check.Done("encoding")
}
