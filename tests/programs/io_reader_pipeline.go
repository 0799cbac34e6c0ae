package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// upperReader transforms bytes as they are read.
type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = byte(unicode.ToUpper(rune(p[i])))
	}
	return n, err
}

// countingWriter counts bytes and lines passing through.
type countingWriter struct {
	w            io.Writer
	bytes, lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	c.lines += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}

// chunkReader returns at most size bytes per Read, to exercise short reads.
type chunkReader struct {
	r     io.Reader
	size  int
	reads int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	c.reads++
	if len(p) > c.size {
		p = p[:c.size]
	}
	return c.r.Read(p)
}

var ErrQuota = errors.New("write quota exceeded")

type quotaWriter struct {
	buf   bytes.Buffer
	quota int
}

func (q *quotaWriter) Write(p []byte) (int, error) {
	room := q.quota - q.buf.Len()
	if room <= 0 {
		return 0, ErrQuota
	}
	if len(p) > room {
		q.buf.Write(p[:room])
		return room, ErrQuota
	}
	return q.buf.Write(p)
}

type rot13Writer struct{ w io.Writer }

func (r rot13Writer) Write(p []byte) (int, error) {
	out := make([]byte, len(p))
	for i, c := range p {
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			c = 'A' + (c-'A'+13)%26
		}
		out[i] = c
	}
	return r.w.Write(out)
}

func main() {
	text := "the quick brown fox\njumps over\nthe lazy dog\n"
	var sink bytes.Buffer
	cw := &countingWriter{w: &sink}
	cr := &chunkReader{r: upperReader{strings.NewReader(text)}, size: 7}
	n, err := io.Copy(cw, cr)
	fmt.Printf("copied %d bytes (%v), %d lines, %d reads\n%s", n, err, cw.lines, cr.reads, sink.String())

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, rot13Writer{&b})
	fmt.Fprintf(mw, "Hello, %s!", "Gopher")
	fmt.Println(a.String(), "|", b.String())

	limited := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, err := io.ReadAll(limited)
	fmt.Printf("%q %v\n", data, err)

	q := &quotaWriter{quota: 10}
	n2, err := io.WriteString(q, "this is far too long")
	fmt.Println(n2, err, errors.Is(err, ErrQuota), q.buf.String())
	_, err = q.Write([]byte("x"))
	fmt.Println(err)

	mr := io.MultiReader(strings.NewReader("first|"), strings.NewReader("second|"), strings.NewReader("third"))
	buf := make([]byte, 5)
	var parts []string
	for {
		n, err := mr.Read(buf)
		if n > 0 {
			parts = append(parts, string(buf[:n]))
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Printf("%q\n", parts)
	full := make([]byte, 8)
	_, err = io.ReadFull(strings.NewReader("short"), full)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	sr := strings.NewReader("seekable reader")
	sr.Seek(9, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Printf("%s %d\n", rest, sr.Len())
	tee := io.TeeReader(strings.NewReader("teed"), &a)
	io.ReadAll(tee)
	fmt.Println(a.String())
	var w io.Writer = &sink
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("bytes.Buffer implements io.StringWriter")
	}
	_, isReader := w.(io.Reader)
	fmt.Println("and io.Reader:", isReader)
}

// Output:
// copied 44 bytes (<nil>), 3 lines, 8 reads
// THE QUICK BROWN FOX
// JUMPS OVER
// THE LAZY DOG
// Hello, Gopher! | Uryyb, Tbcure!
// "0123" <nil>
// 10 write quota exceeded true this is fa
// write quota exceeded
// ["first" "|" "secon" "d|" "third"]
// unexpected EOF true
// reader 0
// Hello, Gopher!teed
// bytes.Buffer implements io.StringWriter
// and io.Reader: true
