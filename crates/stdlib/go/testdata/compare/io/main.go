// Compares package io's helpers with Go's, over readers that return data in
// small pieces and writers that fail or write short.
package main

import (
	"amberstd/compare/check"
	"fmt"
	"io"
	goio "real/io"
	gostrings "real/strings"
	"strings"
)

// chunky returns at most n bytes per Read, then eof: our io.EOF, Go's
// io.EOF (the two packages have distinct values) or another error.
type chunky struct {
	data []byte
	n    int
	eof  error
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, c.eof
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.data) {
		k = len(c.data)
	}
	copy(p, c.data[:k])
	c.data = c.data[k:]
	return k, nil
}

type shortWriter struct {
	max int
	got []byte
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		w.got = append(w.got, p[:w.max]...)
		return w.max, nil
	}
	w.got = append(w.got, p...)
	return len(p), nil
}

func e(err error) string { return fmt.Sprint(err) }

func main() {
	texts := []string{"", "a", "hello, world", strings.Repeat("0123456789", 5000)}
	for _, text := range texts {
		for _, n := range []int{1, 3, 100, 1 << 20} {
			ours := func() io.Reader { return &chunky{[]byte(text), n, io.EOF} }
			theirs := func() goio.Reader { return &chunky{[]byte(text), n, goio.EOF} }
			what := fmt.Sprintf("(%d bytes, chunks of %d)", len(text), n)
			for _, size := range []int{0, 1, 5, 12, 100} {
				b1, b2 := make([]byte, size), make([]byte, size)
				n1, e1 := io.ReadFull(ours(), b1)
				n2, e2 := goio.ReadFull(theirs(), b2)
				check.Eq("ReadFull"+what, []any{n1, e(e1), b1}, []any{n2, e(e2), b2})
				for _, min := range []int{0, 1, 4, 200} {
					n1, e1 = io.ReadAtLeast(ours(), b1, min)
					n2, e2 = goio.ReadAtLeast(theirs(), b2, min)
					check.Eq(fmt.Sprintf("ReadAtLeast%s %d %d", what, size, min), []any{n1, e(e1), b1}, []any{n2, e(e2), b2})
				}
			}
			a1, e1 := io.ReadAll(ours())
			a2, e2 := goio.ReadAll(theirs())
			check.Eq("ReadAll"+what, []any{string(a1), e(e1)}, []any{string(a2), e(e2)})
			var w1, w2 strings.Builder
			c1, e1 := io.Copy(&w1, ours())
			c2, e2 := goio.Copy(&w2, theirs())
			check.Eq("Copy"+what, []any{c1, e(e1), w1.String()}, []any{c2, e(e2), w2.String()})
			for _, k := range []int64{0, 1, 7, 100000} {
				var v1, v2 strings.Builder
				c1, e1 = io.CopyN(&v1, ours(), k)
				c2, e2 = goio.CopyN(&v2, theirs(), k)
				check.Eq(fmt.Sprintf("CopyN%s %d", what, k), []any{c1, e(e1), v1.String()}, []any{c2, e(e2), v2.String()})
				a1, e1 = io.ReadAll(io.LimitReader(ours(), k))
				a2, e2 = goio.ReadAll(goio.LimitReader(theirs(), k))
				check.Eq(fmt.Sprintf("LimitReader%s %d", what, k), []any{string(a1), e(e1)}, []any{string(a2), e(e2)})
			}
			s1, s2 := &shortWriter{max: 5}, &shortWriter{max: 5}
			c1, e1 = io.Copy(s1, ours())
			c2, e2 = goio.Copy(s2, theirs())
			check.Eq("Copy short"+what, []any{c1, e(e1), string(s1.got)}, []any{c2, e(e2), string(s2.got)})
			var t1, t2 strings.Builder
			a1, e1 = io.ReadAll(io.TeeReader(ours(), &t1))
			a2, e2 = goio.ReadAll(goio.TeeReader(theirs(), &t2))
			check.Eq("TeeReader"+what, []any{string(a1), e(e1), t1.String()}, []any{string(a2), e(e2), t2.String()})
			a1, e1 = io.ReadAll(io.MultiReader(ours(), strings.NewReader("|"), ours()))
			a2, e2 = goio.ReadAll(goio.MultiReader(theirs(), gostrings.NewReader("|"), theirs()))
			check.Eq("MultiReader"+what, []any{string(a1), e(e1)}, []any{string(a2), e(e2)})
			var m1, m2, m3, m4 strings.Builder
			mw1 := io.MultiWriter(&m1, io.MultiWriter(&m2))
			mw2 := goio.MultiWriter(&m3, goio.MultiWriter(&m4))
			c1, e1 = io.Copy(mw1, ours())
			c2, e2 = goio.Copy(mw2, theirs())
			check.Eq("MultiWriter"+what, []any{c1, e(e1), m1.String(), m2.String()}, []any{c2, e(e2), m3.String(), m4.String()})
			k1, f1 := io.WriteString(mw1, text)
			k2, f2 := goio.WriteString(mw2, text)
			check.Eq("MultiWriter.WriteString"+what, []any{k1, e(f1), m1.Len()}, []any{k2, e(f2), m3.Len()})
			d1, g1 := io.Copy(io.Discard, ours())
			d2, g2 := goio.Copy(goio.Discard, theirs())
			check.Eq("Discard"+what, []any{d1, e(g1)}, []any{d2, e(g2)})
			failing := fmt.Errorf("boom")
			a1, e1 = io.ReadAll(&chunky{[]byte(text), n, failing})
			a2, e2 = goio.ReadAll(&chunky{[]byte(text), n, failing})
			check.Eq("ReadAll error"+what, []any{string(a1), e(e1)}, []any{string(a2), e(e2)})
		}
	}
	check.Eq("CopyBuffer empty", check.Panics(func() { io.CopyBuffer(io.Discard, strings.NewReader("x"), []byte{}) }),
		check.Panics(func() { goio.CopyBuffer(goio.Discard, gostrings.NewReader("x"), []byte{}) }))
	for _, pair := range [][2]error{{io.EOF, goio.EOF}, {io.ErrUnexpectedEOF, goio.ErrUnexpectedEOF}, {io.ErrShortWrite, goio.ErrShortWrite},
		{io.ErrShortBuffer, goio.ErrShortBuffer}, {io.ErrNoProgress, goio.ErrNoProgress}, {io.ErrClosedPipe, goio.ErrClosedPipe}} {
		check.Eq("error text", pair[0].Error(), pair[1].Error())
	}
	rc := io.NopCloser(strings.NewReader("abc"))
	_, isWT := rc.(io.WriterTo)
	grc := goio.NopCloser(gostrings.NewReader("abc"))
	_, gisWT := grc.(goio.WriterTo)
	check.Eq("NopCloser WriterTo", []any{isWT, e(rc.Close())}, []any{gisWT, e(grc.Close())})
	compareSection()
	check.Eq("Seek consts", []int{io.SeekStart, io.SeekCurrent, io.SeekEnd}, []int{goio.SeekStart, goio.SeekCurrent, goio.SeekEnd})
	check.Done("io")
}

// memAt is a WriterAt over a growing byte slice.
type memAt struct{ b []byte }

func (m *memAt) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(m.b)) < off+int64(len(p)) {
		m.b = append(m.b, '.')
	}
	return copy(m.b[off:], p), nil
}

func compareSection() {
	const text = "0123456789abcdefghij"
	for _, off := range []int64{0, 3, 19, 20, 25} {
		for _, n := range []int64{0, 1, 5, 100, 1<<63 - 1} {
			s1 := io.NewSectionReader(strings.NewReader(text), off, n)
			s2 := goio.NewSectionReader(gostrings.NewReader(text), off, n)
			what := fmt.Sprintf("(%d,%d)", off, n)
			check.Eq("Size"+what, s1.Size(), s2.Size())
			_, o1, n1 := s1.Outer()
			_, o2, n2 := s2.Outer()
			check.Eq("Outer"+what, []int64{o1, n1}, []int64{o2, n2})
			for i := 0; i < 6; i++ {
				p1, p2 := make([]byte, 4), make([]byte, 4)
				k1, e1 := s1.Read(p1)
				k2, e2 := s2.Read(p2)
				check.Eq("Section Read"+what, []any{k1, p1, e(e1)}, []any{k2, p2, e(e2)})
			}
			for _, at := range []int64{-1, 0, 2, 4, 30} {
				p1, p2 := make([]byte, 3), make([]byte, 3)
				k1, e1 := s1.ReadAt(p1, at)
				k2, e2 := s2.ReadAt(p2, at)
				check.Eq(fmt.Sprintf("Section ReadAt%s %d", what, at), []any{k1, p1, e(e1)}, []any{k2, p2, e(e2)})
			}
			for _, wh := range []int{0, 1, 2, 7} {
				for _, so := range []int64{-30, -1, 0, 2} {
					a1, e1 := s1.Seek(so, wh)
					a2, e2 := s2.Seek(so, wh)
					check.Eq(fmt.Sprintf("Section Seek%s %d %d", what, so, wh), []any{a1, e(e1)}, []any{a2, e(e2)})
				}
			}
		}
	}
	m1, m2 := &memAt{}, &memAt{}
	w1, w2 := io.NewOffsetWriter(m1, 3), goio.NewOffsetWriter(m2, 3)
	w1.Write([]byte("abc"))
	w2.Write([]byte("abc"))
	for _, wh := range []int{0, 1, 2} {
		for _, so := range []int64{-10, -1, 0, 2} {
			a1, e1 := w1.Seek(so, wh)
			a2, e2 := w2.Seek(so, wh)
			check.Eq(fmt.Sprintf("OffsetWriter Seek %d %d", so, wh), []any{a1, e(e1)}, []any{a2, e(e2)})
			w1.Write([]byte("X"))
			w2.Write([]byte("X"))
		}
	}
	k1, e1 := w1.WriteAt([]byte("zz"), -1)
	k2, e2 := w2.WriteAt([]byte("zz"), -1)
	check.Eq("OffsetWriter WriteAt neg", []any{k1, e(e1)}, []any{k2, e(e2)})
	w1.WriteAt([]byte("zz"), 10)
	w2.WriteAt([]byte("zz"), 10)
	check.Eq("OffsetWriter", string(m1.b), string(m2.b))
}
