// Compares package strings with Go's on many inputs.
package main

import (
	"amberstd/compare/check"
	"fmt"
	"io"
	goio "real/io"
	gostrings "real/strings"
	gounicode "real/unicode"
	"strings"
	"unicode"
)

var inputs = []string{
	"", "a", "A", "ab", "aaa", "aaaa", "abc", "abcabc", "ababab", "aba", "b", "bc",
	"héllo", "h", "é", "llo", "日本語", "本", "\xff", "a\xffb", "\xe2\x82", "\xe2\x82\xac", "\uFFFD", "x\uFFFDy\xc0",
	" \t\n x y  ", " ", "\u00a0x\u2000", "\u0085", "ΣΑΣ", "σας", "ǅ", "ǆ", "Ǆ", "K", "k", "\u212a", "ſ", "S", "s",
	"İ", "ı", "i", "I", "aAbB", "--a--", "-", "a,b,,c,", ",", "xx", "x", "Hello, World", "hello, world",
	"\x00", "a\x00b", "ﬀ", "ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς", "abc\xed\xa0\x80", "\xf4\x90\x80\x80",
}

var runes = []rune{0, 'a', 'b', ',', ' ', 'é', '本', 0xFFFD, -1, 0x110000, 0xD800, 'K', 'k', 0x212a, 'ſ', 'σ', 'Σ', 'ς', 0x10FFFF}

type pred struct {
	name string
	f    func(rune) bool
}

var preds = []pred{
	{"IsSpace", unicode.IsSpace},
	{"IsUpper", unicode.IsUpper},
	{"isRuneError", func(r rune) bool { return r == 0xFFFD }},
	{"isA", func(r rune) bool { return r == 'a' }},
	{"isPunctOrSpace", func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }},
}

type mapper struct {
	name string
	f    func(rune) rune
}

var mappers = []mapper{
	{"upper", unicode.ToUpper},
	{"drop a", func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}},
	{"rot", func(r rune) rune { return r + 1 }},
	{"surrogate", func(r rune) rune { return 0xD800 }},
	{"identity", func(r rune) rune { return r }},
	{"err->x", func(r rune) rune {
		if r == 0xFFFD {
			return 'x'
		}
		return r
	}},
}

func q(args ...any) string { return fmt.Sprintf("%q", args) }

func main() {
	for _, s := range inputs {
		check.Eq("ToUpper"+q(s), strings.ToUpper(s), gostrings.ToUpper(s))
		check.Eq("ToLower"+q(s), strings.ToLower(s), gostrings.ToLower(s))
		check.Eq("ToTitle"+q(s), strings.ToTitle(s), gostrings.ToTitle(s))
		check.Eq("ToUpperSpecial"+q(s), strings.ToUpperSpecial(unicode.TurkishCase, s), gostrings.ToUpperSpecial(gounicode.TurkishCase, s))
		check.Eq("ToLowerSpecial"+q(s), strings.ToLowerSpecial(unicode.TurkishCase, s), gostrings.ToLowerSpecial(gounicode.TurkishCase, s))
		check.Eq("ToTitleSpecial"+q(s), strings.ToTitleSpecial(unicode.TurkishCase, s), gostrings.ToTitleSpecial(gounicode.TurkishCase, s))
		check.Eq("Fields"+q(s), strings.Fields(s), gostrings.Fields(s))
		check.Eq("TrimSpace"+q(s), strings.TrimSpace(s), gostrings.TrimSpace(s))
		check.Eq("Clone"+q(s), strings.Clone(s), gostrings.Clone(s))
		for _, rep := range []string{"", "?", "\uFFFD"} {
			check.Eq("ToValidUTF8"+q(s, rep), strings.ToValidUTF8(s, rep), gostrings.ToValidUTF8(s, rep))
		}
		for _, p := range preds {
			check.Eq("FieldsFunc"+q(s, p.name), strings.FieldsFunc(s, p.f), gostrings.FieldsFunc(s, p.f))
			check.Eq("IndexFunc"+q(s, p.name), strings.IndexFunc(s, p.f), gostrings.IndexFunc(s, p.f))
			check.Eq("LastIndexFunc"+q(s, p.name), strings.LastIndexFunc(s, p.f), gostrings.LastIndexFunc(s, p.f))
			check.Eq("ContainsFunc"+q(s, p.name), strings.ContainsFunc(s, p.f), gostrings.ContainsFunc(s, p.f))
			check.Eq("TrimFunc"+q(s, p.name), strings.TrimFunc(s, p.f), gostrings.TrimFunc(s, p.f))
			check.Eq("TrimLeftFunc"+q(s, p.name), strings.TrimLeftFunc(s, p.f), gostrings.TrimLeftFunc(s, p.f))
			check.Eq("TrimRightFunc"+q(s, p.name), strings.TrimRightFunc(s, p.f), gostrings.TrimRightFunc(s, p.f))
		}
		for _, m := range mappers {
			check.Eq("Map"+q(s, m.name), strings.Map(m.f, s), gostrings.Map(m.f, s))
		}
		for _, r := range runes {
			check.Eq("IndexRune"+q(s, r), strings.IndexRune(s, r), gostrings.IndexRune(s, r))
			check.Eq("ContainsRune"+q(s, r), strings.ContainsRune(s, r), gostrings.ContainsRune(s, r))
		}
		for c := 0; c < 256; c += 17 {
			check.Eq("IndexByte"+q(s, c), strings.IndexByte(s, byte(c)), gostrings.IndexByte(s, byte(c)))
			check.Eq("LastIndexByte"+q(s, c), strings.LastIndexByte(s, byte(c)), gostrings.LastIndexByte(s, byte(c)))
		}
		for _, c := range []byte("abé,\xff") {
			check.Eq("IndexByte"+q(s, c), strings.IndexByte(s, c), gostrings.IndexByte(s, c))
			check.Eq("LastIndexByte"+q(s, c), strings.LastIndexByte(s, c), gostrings.LastIndexByte(s, c))
		}
		for _, count := range []int{0, 1, 2, 5} {
			check.Eq("Repeat"+q(s, count), strings.Repeat(s, count), gostrings.Repeat(s, count))
		}
		for _, t := range inputs {
			check.Eq("Compare"+q(s, t), strings.Compare(s, t), gostrings.Compare(s, t))
			check.Eq("Count"+q(s, t), strings.Count(s, t), gostrings.Count(s, t))
			check.Eq("Contains"+q(s, t), strings.Contains(s, t), gostrings.Contains(s, t))
			check.Eq("ContainsAny"+q(s, t), strings.ContainsAny(s, t), gostrings.ContainsAny(s, t))
			check.Eq("Index"+q(s, t), strings.Index(s, t), gostrings.Index(s, t))
			check.Eq("LastIndex"+q(s, t), strings.LastIndex(s, t), gostrings.LastIndex(s, t))
			check.Eq("IndexAny"+q(s, t), strings.IndexAny(s, t), gostrings.IndexAny(s, t))
			check.Eq("LastIndexAny"+q(s, t), strings.LastIndexAny(s, t), gostrings.LastIndexAny(s, t))
			check.Eq("HasPrefix"+q(s, t), strings.HasPrefix(s, t), gostrings.HasPrefix(s, t))
			check.Eq("HasSuffix"+q(s, t), strings.HasSuffix(s, t), gostrings.HasSuffix(s, t))
			check.Eq("EqualFold"+q(s, t), strings.EqualFold(s, t), gostrings.EqualFold(s, t))
			check.Eq("Trim"+q(s, t), strings.Trim(s, t), gostrings.Trim(s, t))
			check.Eq("TrimLeft"+q(s, t), strings.TrimLeft(s, t), gostrings.TrimLeft(s, t))
			check.Eq("TrimRight"+q(s, t), strings.TrimRight(s, t), gostrings.TrimRight(s, t))
			check.Eq("TrimPrefix"+q(s, t), strings.TrimPrefix(s, t), gostrings.TrimPrefix(s, t))
			check.Eq("TrimSuffix"+q(s, t), strings.TrimSuffix(s, t), gostrings.TrimSuffix(s, t))
			check.Eq("Split"+q(s, t), strings.Split(s, t), gostrings.Split(s, t))
			check.Eq("SplitAfter"+q(s, t), strings.SplitAfter(s, t), gostrings.SplitAfter(s, t))
			check.Eq("ReplaceAll"+q(s, t), strings.ReplaceAll(s, t, "<>"), gostrings.ReplaceAll(s, t, "<>"))
			b1, a1, f1 := strings.Cut(s, t)
			b2, a2, f2 := gostrings.Cut(s, t)
			check.Eq("Cut"+q(s, t), []any{b1, a1, f1}, []any{b2, a2, f2})
			b1, a1, f1 = strings.CutLast(s, t)
			b2, a2, f2 = gostrings.CutLast(s, t)
			check.Eq("CutLast"+q(s, t), []any{b1, a1, f1}, []any{b2, a2, f2})
			x1, y1 := strings.CutPrefix(s, t)
			x2, y2 := gostrings.CutPrefix(s, t)
			check.Eq("CutPrefix"+q(s, t), []any{x1, y1}, []any{x2, y2})
			x1, y1 = strings.CutSuffix(s, t)
			x2, y2 = gostrings.CutSuffix(s, t)
			check.Eq("CutSuffix"+q(s, t), []any{x1, y1}, []any{x2, y2})
			for _, n := range []int{-5, -1, 0, 1, 2, 3, 100} {
				check.Eq("SplitN"+q(s, t, n), strings.SplitN(s, t, n), gostrings.SplitN(s, t, n))
				check.Eq("SplitAfterN"+q(s, t, n), strings.SplitAfterN(s, t, n), gostrings.SplitAfterN(s, t, n))
				check.Eq("Replace"+q(s, t, n), strings.Replace(s, t, "_", n), gostrings.Replace(s, t, "_", n))
				check.Eq("Replace same"+q(s, t, n), strings.Replace(s, t, t, n), gostrings.Replace(s, t, t, n))
			}
			check.Eq("Join"+q(s, t), strings.Join([]string{s, t, s}, t), gostrings.Join([]string{s, t, s}, t))
		}
	}
	check.Eq("Join nil", strings.Join(nil, ","), gostrings.Join(nil, ","))
	check.Eq("Join one", strings.Join([]string{"x"}, ","), gostrings.Join([]string{"x"}, ","))
	check.Eq("Repeat neg", check.Panics(func() { strings.Repeat("x", -1) }), check.Panics(func() { gostrings.Repeat("x", -1) }))
	check.Eq("Repeat empty neg", check.Panics(func() { strings.Repeat("", -1) }), check.Panics(func() { gostrings.Repeat("", -1) }))
	check.Eq("Repeat overflow", check.Panics(func() { strings.Repeat("xx", 1<<62) }), check.Panics(func() { gostrings.Repeat("xx", 1<<62) }))
	check.Eq("Repeat empty huge", strings.Repeat("", 1<<62), gostrings.Repeat("", 1<<62))
	compareBuilder()
	compareReader()
	compareReplacer()
	check.Done("strings")
}

func compareBuilder() {
	var b strings.Builder
	var g gostrings.Builder
	check.Eq("Builder zero", []any{b.String(), b.Len(), b.Cap()}, []any{g.String(), g.Len(), g.Cap()})
	b.WriteString("héllo")
	g.WriteString("héllo")
	n1, e1 := b.WriteRune('世')
	n2, e2 := g.WriteRune('世')
	check.Eq("WriteRune", []any{n1, e1}, []any{n2, e2})
	n1, _ = b.WriteRune(-1)
	n2, _ = g.WriteRune(-1)
	check.Eq("WriteRune bad", n1, n2)
	b.WriteByte('!')
	g.WriteByte('!')
	b.Write([]byte("xyz"))
	g.Write([]byte("xyz"))
	check.Eq("Builder", []any{b.String(), b.Len()}, []any{g.String(), g.Len()})
	b.Grow(100)
	g.Grow(100)
	check.Eq("Grow cap ok", b.Cap()-b.Len() >= 100, true)
	check.Eq("Grow neg", check.Panics(func() { b.Grow(-1) }), check.Panics(func() { g.Grow(-1) }))
	b.Reset()
	g.Reset()
	check.Eq("Reset", []any{b.String(), b.Len(), b.Cap()}, []any{g.String(), g.Len(), g.Cap()})
	var b1 strings.Builder
	var g1 gostrings.Builder
	b1.WriteString("x")
	g1.WriteString("x")
	b2 := b1
	g2 := g1
	check.Eq("copy check", check.Panics(func() { b2.WriteString("y") }), check.Panics(func() { g2.WriteString("y") }))
	check.Eq("copy read ok", []any{b2.String(), b2.Len()}, []any{g2.String(), g2.Len()})
}

func compareReader() {
	for _, s := range []string{"", "a", "héllo, 世界\xff!"} {
		r := strings.NewReader(s)
		g := gostrings.NewReader(s)
		check.Eq("Reader size", []any{r.Len(), r.Size()}, []any{g.Len(), g.Size()})
		check.Err("UnreadRune start", r.UnreadRune(), g.UnreadRune())
		check.Err("UnreadByte start", r.UnreadByte(), g.UnreadByte())
		for i := 0; i < 20; i++ {
			var got, want []any
			switch i % 5 {
			case 0:
				c1, n1, e1 := r.ReadRune()
				c2, n2, e2 := g.ReadRune()
				got, want = []any{c1, n1, fmt.Sprint(e1)}, []any{c2, n2, fmt.Sprint(e2)}
			case 1:
				e1 := r.UnreadRune()
				e2 := g.UnreadRune()
				got, want = []any{fmt.Sprint(e1)}, []any{fmt.Sprint(e2)}
			case 2:
				c1, e1 := r.ReadByte()
				c2, e2 := g.ReadByte()
				got, want = []any{c1, fmt.Sprint(e1)}, []any{c2, fmt.Sprint(e2)}
			case 3:
				e1 := r.UnreadRune()
				e2 := g.UnreadRune()
				got, want = []any{fmt.Sprint(e1)}, []any{fmt.Sprint(e2)}
			case 4:
				p1, p2 := make([]byte, 3), make([]byte, 3)
				n1, e1 := r.Read(p1)
				n2, e2 := g.Read(p2)
				got, want = []any{n1, p1, fmt.Sprint(e1)}, []any{n2, p2, fmt.Sprint(e2)}
			}
			check.Eq(fmt.Sprintf("Reader step %d %q", i, s), got, want)
			check.Eq("Reader Len", r.Len(), g.Len())
		}
		for _, off := range []int64{-1, 0, 2, 5, 100} {
			p1, p2 := make([]byte, 4), make([]byte, 4)
			n1, e1 := r.ReadAt(p1, off)
			n2, e2 := g.ReadAt(p2, off)
			check.Eq(fmt.Sprintf("ReadAt %d", off), []any{n1, p1, fmt.Sprint(e1)}, []any{n2, p2, fmt.Sprint(e2)})
		}
		for _, whence := range []int{0, 1, 2, 3} {
			for _, off := range []int64{-100, -1, 0, 3, 100} {
				a1, e1 := r.Seek(off, whence)
				a2, e2 := g.Seek(off, whence)
				check.Eq(fmt.Sprintf("Seek %d %d", off, whence), []any{a1, fmt.Sprint(e1), r.Len()}, []any{a2, fmt.Sprint(e2), g.Len()})
			}
		}
		r.Reset(s)
		g.Reset(s)
		r.ReadByte()
		g.ReadByte()
		var w1, w2 strings.Builder
		n1, e1 := r.WriteTo(&w1)
		n2, e2 := g.WriteTo(&w2)
		check.Eq("WriteTo", []any{n1, fmt.Sprint(e1), w1.String()}, []any{n2, fmt.Sprint(e2), w2.String()})
		r.Reset(s)
		g.Reset(s)
		all1, e1 := io.ReadAll(r)
		all2, e2 := goio.ReadAll(g)
		check.Eq("ReadAll", []any{string(all1), fmt.Sprint(e1)}, []any{string(all2), fmt.Sprint(e2)})
	}
}

func compareReplacer() {
	pairs := [][]string{
		{"a", "1"}, {"a", "1", "b", "2"}, {"a", "xyz", "b", ""}, {"", "X"}, {"", "X", "a", "A"}, {"a", "A", "", "X"},
		{"a", "1", "aa", "2", "aaa", "3"}, {"aaa", "3", "aa", "2", "a", "1"}, {"ab", "X"}, {"abc", "1", "ab", "2", "b", "3"},
		{"&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;"}, {"é", "e", "\xff", "?"}, {"a", "1", "a", "2"},
		{}, {"hello", "bye"}, {"ll", "", "o", "0"}, {"\xc3", "C"},
	}
	for _, p := range pairs {
		r := strings.NewReplacer(p...)
		g := gostrings.NewReplacer(p...)
		for _, s := range inputs {
			check.Eq("Replacer"+q(p, s), r.Replace(s), g.Replace(s))
			var b1, b2 gostrings.Builder
			n1, e1 := r.WriteString(&b1, s)
			n2, e2 := g.WriteString(&b2, s)
			check.Eq("Replacer.WriteString"+q(p, s), []any{n1, fmt.Sprint(e1), b1.String()}, []any{n2, fmt.Sprint(e2), b2.String()})
		}
		for _, s := range []string{"aaaaa", "abcabc", "&<>\"x", "hello hello", "héllo\xff"} {
			check.Eq("Replacer"+q(p, s), r.Replace(s), g.Replace(s))
		}
	}
	check.Eq("NewReplacer odd", check.Panics(func() { strings.NewReplacer("a") }), check.Panics(func() { gostrings.NewReplacer("a") }))
}
