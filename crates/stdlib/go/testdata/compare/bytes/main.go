// Compares package bytes with Go's on many inputs, including nil-ness and
// capacity of returned subslices.
package main

import (
	"amberstd/compare/check"
	"bytes"
	"fmt"
	"io"
	gobytes "real/bytes"
	goio "real/io"
	gostrings "real/strings"
	gounicode "real/unicode"
	"strings"
	"unicode"
)

var inputs = []string{
	"", "a", "A", "ab", "aaa", "aaaa", "abc", "abcabc", "ababab", "aba", "b", "bc",
	"héllo", "h", "é", "llo", "日本語", "本", "\xff", "a\xffb", "\xe2\x82", "\xe2\x82\xac", "\uFFFD", "x\uFFFDy\xc0",
	" \t\n x y  ", " ", "\u00a0x\u2000", "\u0085", "ΣΑΣ", "σας", "ǅ", "K", "k", "\u212a", "ſ", "S",
	"İ", "ı", "aAbB", "--a--", "-", "a,b,,c,", ",", "xx", "x", "\x00", "ﬀ", "abc\xed\xa0\x80",
}

// variants gives nil, empty and non-empty forms of s.
func variants(s string) [][]byte {
	if s == "" {
		return [][]byte{nil, {}}
	}
	return [][]byte{[]byte(s)}
}

// d describes a slice result with its nil-ness and capacity.
func d(b []byte) string {
	if b == nil {
		return "nil"
	}
	return fmt.Sprintf("%q/%d", b, cap(b))
}

// dn describes a slice result with its nil-ness only.
func dn(b []byte) string {
	if b == nil {
		return "nil"
	}
	return fmt.Sprintf("%q", b)
}

func dd(bs [][]byte) string {
	if bs == nil {
		return "nil"
	}
	var parts []string
	for _, b := range bs {
		parts = append(parts, d(b))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

var preds = []struct {
	name string
	f    func(rune) bool
}{
	{"IsSpace", unicode.IsSpace},
	{"isRuneError", func(r rune) bool { return r == 0xFFFD }},
	{"isA", func(r rune) bool { return r == 'a' }},
}

func q(args ...any) string { return fmt.Sprintf("%q", args) }

func main() {
	for _, s0 := range inputs {
		for _, s := range variants(s0) {
			check.Eq("ToUpper"+q(s), dn(bytes.ToUpper(s)), dn(gobytes.ToUpper(s)))
			check.Eq("ToLower"+q(s), dn(bytes.ToLower(s)), dn(gobytes.ToLower(s)))
			check.Eq("ToTitle"+q(s), dn(bytes.ToTitle(s)), dn(gobytes.ToTitle(s)))
			check.Eq("ToUpperSpecial"+q(s), dn(bytes.ToUpperSpecial(unicode.TurkishCase, s)), dn(gobytes.ToUpperSpecial(gounicode.TurkishCase, s)))
			check.Eq("Fields"+q(s), dd(bytes.Fields(s)), dd(gobytes.Fields(s)))
			check.Eq("TrimSpace"+q(s), d(bytes.TrimSpace(s)), d(gobytes.TrimSpace(s)))
			check.Eq("Clone"+q(s), dn(bytes.Clone(s)), dn(gobytes.Clone(s)))
			check.Eq("Runes"+q(s), bytes.Runes(s), gobytes.Runes(s))
			for _, rep := range []string{"", "?"} {
				check.Eq("ToValidUTF8"+q(s, rep), dn(bytes.ToValidUTF8(s, []byte(rep))), dn(gobytes.ToValidUTF8(s, []byte(rep))))
			}
			for _, p := range preds {
				check.Eq("FieldsFunc"+q(s, p.name), dd(bytes.FieldsFunc(s, p.f)), dd(gobytes.FieldsFunc(s, p.f)))
				check.Eq("IndexFunc"+q(s, p.name), bytes.IndexFunc(s, p.f), gobytes.IndexFunc(s, p.f))
				check.Eq("LastIndexFunc"+q(s, p.name), bytes.LastIndexFunc(s, p.f), gobytes.LastIndexFunc(s, p.f))
				check.Eq("ContainsFunc"+q(s, p.name), bytes.ContainsFunc(s, p.f), gobytes.ContainsFunc(s, p.f))
				check.Eq("TrimFunc"+q(s, p.name), d(bytes.TrimFunc(s, p.f)), d(gobytes.TrimFunc(s, p.f)))
				check.Eq("TrimLeftFunc"+q(s, p.name), d(bytes.TrimLeftFunc(s, p.f)), d(gobytes.TrimLeftFunc(s, p.f)))
				check.Eq("TrimRightFunc"+q(s, p.name), d(bytes.TrimRightFunc(s, p.f)), d(gobytes.TrimRightFunc(s, p.f)))
			}
			drop := func(r rune) rune {
				if r == 'a' {
					return -1
				}
				return unicode.ToUpper(r)
			}
			check.Eq("Map"+q(s), dn(bytes.Map(drop, s)), dn(gobytes.Map(drop, s)))
			for _, r := range []rune{0, 'a', 'é', '本', 0xFFFD, -1, 0xD800, 0x10FFFF} {
				check.Eq("IndexRune"+q(s, r), bytes.IndexRune(s, r), gobytes.IndexRune(s, r))
				check.Eq("ContainsRune"+q(s, r), bytes.ContainsRune(s, r), gobytes.ContainsRune(s, r))
			}
			for _, c := range []byte("abé,\xff\x00") {
				check.Eq("IndexByte"+q(s, c), bytes.IndexByte(s, c), gobytes.IndexByte(s, c))
				check.Eq("LastIndexByte"+q(s, c), bytes.LastIndexByte(s, c), gobytes.LastIndexByte(s, c))
			}
			for _, count := range []int{0, 1, 2, 5} {
				check.Eq("Repeat"+q(s, count), dn(bytes.Repeat(s, count)), dn(gobytes.Repeat(s, count)))
			}
			for _, t0 := range inputs {
				for _, t := range variants(t0) {
					ts := string(t)
					check.Eq("Equal"+q(s, t), bytes.Equal(s, t), gobytes.Equal(s, t))
					check.Eq("Compare"+q(s, t), bytes.Compare(s, t), gobytes.Compare(s, t))
					check.Eq("Count"+q(s, t), bytes.Count(s, t), gobytes.Count(s, t))
					check.Eq("Contains"+q(s, t), bytes.Contains(s, t), gobytes.Contains(s, t))
					check.Eq("ContainsAny"+q(s, t), bytes.ContainsAny(s, ts), gobytes.ContainsAny(s, ts))
					check.Eq("Index"+q(s, t), bytes.Index(s, t), gobytes.Index(s, t))
					check.Eq("LastIndex"+q(s, t), bytes.LastIndex(s, t), gobytes.LastIndex(s, t))
					check.Eq("IndexAny"+q(s, t), bytes.IndexAny(s, ts), gobytes.IndexAny(s, ts))
					check.Eq("LastIndexAny"+q(s, t), bytes.LastIndexAny(s, ts), gobytes.LastIndexAny(s, ts))
					check.Eq("HasPrefix"+q(s, t), bytes.HasPrefix(s, t), gobytes.HasPrefix(s, t))
					check.Eq("HasSuffix"+q(s, t), bytes.HasSuffix(s, t), gobytes.HasSuffix(s, t))
					check.Eq("EqualFold"+q(s, t), bytes.EqualFold(s, t), gobytes.EqualFold(s, t))
					check.Eq("Trim"+q(s, t), d(bytes.Trim(s, ts)), d(gobytes.Trim(s, ts)))
					check.Eq("TrimLeft"+q(s, t), d(bytes.TrimLeft(s, ts)), d(gobytes.TrimLeft(s, ts)))
					check.Eq("TrimRight"+q(s, t), d(bytes.TrimRight(s, ts)), d(gobytes.TrimRight(s, ts)))
					check.Eq("TrimPrefix"+q(s, t), d(bytes.TrimPrefix(s, t)), d(gobytes.TrimPrefix(s, t)))
					check.Eq("TrimSuffix"+q(s, t), d(bytes.TrimSuffix(s, t)), d(gobytes.TrimSuffix(s, t)))
					check.Eq("Split"+q(s, t), dd(bytes.Split(s, t)), dd(gobytes.Split(s, t)))
					check.Eq("SplitAfter"+q(s, t), dd(bytes.SplitAfter(s, t)), dd(gobytes.SplitAfter(s, t)))
					check.Eq("ReplaceAll"+q(s, t), dn(bytes.ReplaceAll(s, t, []byte("<>"))), dn(gobytes.ReplaceAll(s, t, []byte("<>"))))
					b1, a1, f1 := bytes.Cut(s, t)
					b2, a2, f2 := gobytes.Cut(s, t)
					check.Eq("Cut"+q(s, t), []any{d(b1), d(a1), f1}, []any{d(b2), d(a2), f2})
					b1, a1, f1 = bytes.CutLast(s, t)
					b2, a2, f2 = gobytes.CutLast(s, t)
					check.Eq("CutLast"+q(s, t), []any{d(b1), d(a1), f1}, []any{d(b2), d(a2), f2})
					x1, y1 := bytes.CutPrefix(s, t)
					x2, y2 := gobytes.CutPrefix(s, t)
					check.Eq("CutPrefix"+q(s, t), []any{d(x1), y1}, []any{d(x2), y2})
					x1, y1 = bytes.CutSuffix(s, t)
					x2, y2 = gobytes.CutSuffix(s, t)
					check.Eq("CutSuffix"+q(s, t), []any{d(x1), y1}, []any{d(x2), y2})
					for _, n := range []int{-1, 0, 1, 2, 3, 100} {
						check.Eq("SplitN"+q(s, t, n), dd(bytes.SplitN(s, t, n)), dd(gobytes.SplitN(s, t, n)))
						check.Eq("SplitAfterN"+q(s, t, n), dd(bytes.SplitAfterN(s, t, n)), dd(gobytes.SplitAfterN(s, t, n)))
						check.Eq("Replace"+q(s, t, n), dn(bytes.Replace(s, t, []byte("_"), n)), dn(gobytes.Replace(s, t, []byte("_"), n)))
					}
					check.Eq("Join"+q(s, t), dn(bytes.Join([][]byte{s, t, s}, t)), dn(gobytes.Join([][]byte{s, t, s}, t)))
					check.Eq("Join1"+q(s, t), dn(bytes.Join([][]byte{s}, t)), dn(gobytes.Join([][]byte{s}, t)))
				}
			}
		}
	}
	check.Eq("Join nil", dn(bytes.Join(nil, nil)), dn(gobytes.Join(nil, nil)))
	check.Eq("Repeat neg", check.Panics(func() { bytes.Repeat([]byte("x"), -1) }), check.Panics(func() { gobytes.Repeat([]byte("x"), -1) }))
	check.Eq("Repeat overflow", check.Panics(func() { bytes.Repeat([]byte("xx"), 1<<62) }), check.Panics(func() { gobytes.Repeat([]byte("xx"), 1<<62) }))
	compareBuffer()
	compareReader()
	check.Done("bytes")
}

func e(err error) string { return fmt.Sprint(err) }

func compareBuffer() {
	var b bytes.Buffer
	var g gobytes.Buffer
	state := func(what string) {
		check.Eq(what, []any{b.String(), b.Len(), dn(b.Bytes())}, []any{g.String(), g.Len(), dn(g.Bytes())})
	}
	state("zero")
	for _, n := range []int{0, 1} {
		p1, e1 := b.Peek(n)
		p2, e2 := g.Peek(n)
		check.Eq("Peek zero", []any{dn(p1), e(e1)}, []any{dn(p2), e(e2)})
	}
	check.Eq("Peek neg", check.Panics(func() { b.Peek(-1) }), check.Panics(func() { g.Peek(-1) }))
	check.Eq("UnreadByte zero", e(b.UnreadByte()), e(g.UnreadByte()))
	check.Eq("UnreadRune zero", e(b.UnreadRune()), e(g.UnreadRune()))
	b.WriteString("héllo\n世界\xff\nend")
	g.WriteString("héllo\n世界\xff\nend")
	b.WriteByte('!')
	g.WriteByte('!')
	for _, r := range []rune{'a', 'é', -1, 0x10FFFF} {
		n1, e1 := b.WriteRune(r)
		n2, e2 := g.WriteRune(r)
		check.Eq("WriteRune", []any{n1, e(e1)}, []any{n2, e(e2)})
	}
	b.Write([]byte("tail"))
	g.Write([]byte("tail"))
	state("after writes")
	for i := 0; i < 30; i++ {
		var got, want []any
		if i%3 == 0 {
			p1, e1 := b.Peek(i % 5)
			p2, e2 := g.Peek(i % 5)
			check.Eq(fmt.Sprintf("Peek %d", i), []any{dn(p1), e(e1)}, []any{dn(p2), e(e2)})
		}
		switch i % 7 {
		case 0:
			r1, n1, e1 := b.ReadRune()
			r2, n2, e2 := g.ReadRune()
			got, want = []any{r1, n1, e(e1)}, []any{r2, n2, e(e2)}
		case 1:
			got, want = []any{e(b.UnreadRune())}, []any{e(g.UnreadRune())}
		case 2:
			l1, e1 := b.ReadString('\n')
			l2, e2 := g.ReadString('\n')
			got, want = []any{l1, e(e1)}, []any{l2, e(e2)}
		case 3:
			got, want = []any{e(b.UnreadByte())}, []any{e(g.UnreadByte())}
		case 4:
			got, want = []any{dn(b.Next(2))}, []any{dn(g.Next(2))}
		case 5:
			l1, e1 := b.ReadBytes('\n')
			l2, e2 := g.ReadBytes('\n')
			got, want = []any{dn(l1), e(e1)}, []any{dn(l2), e(e2)}
		case 6:
			c1, e1 := b.ReadByte()
			c2, e2 := g.ReadByte()
			got, want = []any{c1, e(e1)}, []any{c2, e(e2)}
		}
		check.Eq(fmt.Sprintf("Buffer step %d", i), got, want)
		state(fmt.Sprintf("Buffer state %d", i))
	}
	p1, p2 := make([]byte, 0), make([]byte, 0)
	n1, e1 := b.Read(p1)
	n2, e2 := g.Read(p2)
	check.Eq("Read empty p", []any{n1, e(e1)}, []any{n2, e(e2)})
	b.Reset()
	g.Reset()
	b.WriteString("0123456789")
	g.WriteString("0123456789")
	b.Truncate(4)
	g.Truncate(4)
	state("Truncate")
	check.Eq("Truncate bad", check.Panics(func() { b.Truncate(5) }), check.Panics(func() { g.Truncate(5) }))
	check.Eq("Truncate neg", check.Panics(func() { b.Truncate(-1) }), check.Panics(func() { g.Truncate(-1) }))
	check.Eq("Grow neg", check.Panics(func() { b.Grow(-1) }), check.Panics(func() { g.Grow(-1) }))
	b.Grow(1000)
	check.Eq("Grow", b.Available() >= 1000, true)
	state("Grow")
	n3, e3 := b.ReadFrom(strings.NewReader(strings.Repeat("xyz", 500)))
	n4, e4 := g.ReadFrom(gostrings.NewReader(strings.Repeat("xyz", 500)))
	check.Eq("ReadFrom", []any{n3, e(e3)}, []any{n4, e(e4)})
	state("ReadFrom")
	var w1, w2 strings.Builder
	n3, e3 = b.WriteTo(&w1)
	n4, e4 = g.WriteTo(&w2)
	check.Eq("WriteTo", []any{n3, e(e3), w1.String()}, []any{n4, e(e4), w2.String()})
	state("WriteTo")
	var nb *bytes.Buffer
	var ng *gobytes.Buffer
	check.Eq("nil String", nb.String(), ng.String())
	check.Eq("NewBufferString", bytes.NewBufferString("abc").String(), gobytes.NewBufferString("abc").String())
	check.Eq("NewBuffer", bytes.NewBuffer([]byte("abc")).Len(), gobytes.NewBuffer([]byte("abc")).Len())
	big1 := bytes.NewBuffer(nil)
	big2 := gobytes.NewBuffer(nil)
	for i := 0; i < 1000; i++ {
		big1.WriteString("chunk ")
		big2.WriteString("chunk ")
		if i%3 == 0 {
			big1.Next(4)
			big2.Next(4)
		}
	}
	check.Eq("big", big1.String(), big2.String())
	all1, _ := io.ReadAll(big1)
	all2, _ := goio.ReadAll(big2)
	check.Eq("ReadAll", string(all1), string(all2))
	check.Eq("MinRead", bytes.MinRead, gobytes.MinRead)
	check.Eq("ErrTooLarge", bytes.ErrTooLarge.Error(), gobytes.ErrTooLarge.Error())
}

func compareReader() {
	for _, s := range []string{"", "a", "héllo, 世界\xff!"} {
		r := bytes.NewReader([]byte(s))
		g := gobytes.NewReader([]byte(s))
		check.Eq("Reader size", []any{r.Len(), r.Size()}, []any{g.Len(), g.Size()})
		check.Eq("UnreadRune start", e(r.UnreadRune()), e(g.UnreadRune()))
		check.Eq("UnreadByte start", e(r.UnreadByte()), e(g.UnreadByte()))
		for i := 0; i < 20; i++ {
			var got, want []any
			switch i % 4 {
			case 0:
				c1, n1, e1 := r.ReadRune()
				c2, n2, e2 := g.ReadRune()
				got, want = []any{c1, n1, e(e1)}, []any{c2, n2, e(e2)}
			case 1:
				got, want = []any{e(r.UnreadRune())}, []any{e(g.UnreadRune())}
			case 2:
				c1, e1 := r.ReadByte()
				c2, e2 := g.ReadByte()
				got, want = []any{c1, e(e1)}, []any{c2, e(e2)}
			case 3:
				p1, p2 := make([]byte, 3), make([]byte, 3)
				n1, e1 := r.Read(p1)
				n2, e2 := g.Read(p2)
				got, want = []any{n1, p1, e(e1)}, []any{n2, p2, e(e2)}
			}
			check.Eq(fmt.Sprintf("Reader step %d %q", i, s), got, want)
		}
		for _, off := range []int64{-1, 0, 2, 100} {
			p1, p2 := make([]byte, 4), make([]byte, 4)
			n1, e1 := r.ReadAt(p1, off)
			n2, e2 := g.ReadAt(p2, off)
			check.Eq(fmt.Sprintf("ReadAt %d", off), []any{n1, p1, e(e1)}, []any{n2, p2, e(e2)})
		}
		for _, whence := range []int{0, 1, 2, 3} {
			for _, off := range []int64{-100, -1, 0, 3} {
				a1, e1 := r.Seek(off, whence)
				a2, e2 := g.Seek(off, whence)
				check.Eq(fmt.Sprintf("Seek %d %d", off, whence), []any{a1, e(e1), r.Len()}, []any{a2, e(e2), g.Len()})
			}
		}
		r.Reset([]byte(s))
		g.Reset([]byte(s))
		var w1, w2 strings.Builder
		n1, e1 := r.WriteTo(&w1)
		n2, e2 := g.WriteTo(&w2)
		check.Eq("WriteTo", []any{n1, e(e1), w1.String()}, []any{n2, e(e2), w2.String()})
	}
}
