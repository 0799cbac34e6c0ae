// Streaming encoder (NewEncoder). There is no streaming decoder yet.
package base64

import "io"

// encoder buffers up to two input bytes between writes: base64 encodes
// whole groups of three bytes, and only Close may emit a partial group.
type encoder struct {
	err     error
	enc     *Encoding
	w       io.Writer
	pending [3]byte
	npend   int
	out     [1024]byte
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	// Complete a pending group first.
	if e.npend > 0 {
		k := copy(e.pending[e.npend:], p)
		e.npend += k
		n += k
		p = p[k:]
		if e.npend < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.pending[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.npend = 0
	}
	// Whole groups, as many as fit in the output buffer at a time.
	for len(p) >= 3 {
		chunk := len(e.out) / 4 * 3
		if chunk > len(p) {
			chunk = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:chunk])
		if _, e.err = e.w.Write(e.out[:chunk/3*4]); e.err != nil {
			return n, e.err
		}
		n += chunk
		p = p[chunk:]
	}
	e.npend = copy(e.pending[:], p)
	n += e.npend
	return n, nil
}

// Close flushes any pending output from the encoder. It is an error to call
// Write after calling Close.
func (e *encoder) Close() error {
	if e.err == nil && e.npend > 0 {
		e.enc.Encode(e.out[:], e.pending[:e.npend])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.npend)])
		e.npend = 0
	}
	return e.err
}

// NewEncoder returns a new base64 stream encoder. Data written to the
// returned writer will be encoded using enc and then written to w. Base64
// encodings operate in 4-byte blocks; when finished writing, the caller
// must Close the returned encoder to flush any partially written blocks.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}
