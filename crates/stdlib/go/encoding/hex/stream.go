// Streaming: the hex Decoder over an io.Reader, and Dump/Dumper, which print hexdump -C style listings.
package hex

import (
	"errors"
	"io"
	"strings"
)

// decoder decodes the hexadecimal text read from r.
type decoder struct {
	r   io.Reader
	err error  // the read or decode error to report once the buffered input is used up
	in  []byte // hex digits read but not yet decoded
	arr [1024]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r. NewDecoder expects that r
// contain only an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	// Refill when less than one encoded byte is buffered.
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var read int
		read, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+read]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			// A dangling digit: report a bad one as such, a good one as truncated input.
			last := d.in[len(d.in)-1]
			if _, ok := fromHexChar(last); !ok {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, err
}

// Dump returns a string that contains a hex dump of the given data. The format of the hex dump matches the
// output of `hexdump -C` on the command line.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b strings.Builder
	// Each 16 bytes take 79 bytes of output.
	b.Grow((1 + (len(data)-1)/16) * 79)
	d := Dumper(&b)
	d.Write(data)
	d.Close()
	return b.String()
}

// dumper writes a hex dump, one line per 16 bytes; Close completes the last line.
type dumper struct {
	w      io.Writer
	chars  [16]byte // the current line's bytes as printable characters
	used   int      // bytes on the current line
	offset uint     // bytes dumped so far
	closed bool
	line   []byte
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to w. The format of the dump
// matches the output of `hexdump -C` on the command line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	// Output goes out one byte's worth at a time (as Go's does), so n counts the bytes fully written.
	for _, c := range data {
		d.line = d.line[:0]
		if d.used == 0 {
			for shift := 28; shift >= 0; shift -= 4 {
				d.line = append(d.line, hextable[(d.offset>>uint(shift))&0xf])
			}
			d.line = append(d.line, ' ', ' ')
		}
		d.line = append(d.line, hextable[c>>4], hextable[c&0xf], ' ')
		if d.used == 7 {
			d.line = append(d.line, ' ')
		} else if d.used == 15 {
			d.line = append(d.line, ' ', '|')
		}
		if c < 32 || c > 126 {
			c = '.'
		}
		d.chars[d.used] = c
		d.used++
		d.offset++
		if d.used == 16 {
			d.line = append(d.line, d.chars[:]...)
			d.line = append(d.line, '|', '\n')
			d.used = 0
		}
		if _, err = d.w.Write(d.line); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func (d *dumper) Close() (err error) {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.used == 0 {
		return nil
	}
	// Pad the missing bytes' columns, then the characters column.
	pad := []byte{}
	for i := d.used; i < 16; i++ {
		pad = append(pad, ' ', ' ', ' ')
		if i == 7 {
			pad = append(pad, ' ')
		} else if i == 15 {
			pad = append(pad, ' ', '|')
		}
	}
	pad = append(pad, d.chars[:d.used]...)
	pad = append(pad, '|', '\n')
	_, err = d.w.Write(pad)
	return err
}
