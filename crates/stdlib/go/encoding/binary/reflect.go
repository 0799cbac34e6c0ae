// Read, Write, Size, Encode, Decode and Append: fixed-size values (bools, sized integers, floats, complex
// numbers, and arrays, structs and slices of them) in a byte order. The values are measured, encoded and
// decoded by natives that walk their runtime types.
package binary

import (
	"errors"
	"fmt"
	"io"
)

// dataSize returns the encoded size of data, or -1 if data is not fixed-size. For Write, Size, Encode and
// Append (read false) data may be a value, a pointer to one or a slice of them; for Read and Decode (read
// true) it must be a pointer to a value or a slice.
func dataSize(data any, read bool) int

// encodeValue writes the encoding of data (Write's rules) to the start of dst, which is long enough.
func encodeValue(dst []byte, little bool, data any)

// decodeValue decodes src, which is long enough, into what data points to (Read's rules).
func decodeValue(src []byte, little bool, data any)

// itemSizes lists the byte size of each number in data's encoding (a complex number is two), negative for
// the bytes of blank struct fields, which are left alone.
func itemSizes(data any) []int

var errBufferTooSmall = errors.New("buffer too small")

// standardOrder reports whether order is one of the package's byte orders, and whether it is little-endian.
func standardOrder(order ByteOrder) (little, ok bool) {
	switch order.(type) {
	case littleEndian, nativeEndian:
		return true, true
	case bigEndian:
		return false, true
	}
	return false, false
}

// encode writes data's encoding in order to the start of dst.
func encode(dst []byte, order ByteOrder, data any) {
	if little, ok := standardOrder(order); ok {
		encodeValue(dst, little, data)
		return
	}
	// Another ByteOrder: encode little-endian, then re-encode each number with order's methods.
	encodeValue(dst, true, data)
	off := 0
	for _, n := range itemSizes(data) {
		if n < 0 {
			off -= n
			continue
		}
		b := dst[off : off+n]
		switch n {
		case 2:
			order.PutUint16(b, LittleEndian.Uint16(b))
		case 4:
			order.PutUint32(b, LittleEndian.Uint32(b))
		case 8:
			order.PutUint64(b, LittleEndian.Uint64(b))
		}
		off += n
	}
}

// decode decodes src in order into what data points to.
func decode(src []byte, order ByteOrder, data any) {
	if little, ok := standardOrder(order); ok {
		decodeValue(src, little, data)
		return
	}
	// Another ByteOrder: read each number with order's methods into a little-endian copy.
	buf := make([]byte, len(src))
	copy(buf, src)
	off := 0
	for _, n := range itemSizes(data) {
		if n < 0 {
			off -= n
			continue
		}
		b := buf[off : off+n]
		switch n {
		case 2:
			LittleEndian.PutUint16(b, order.Uint16(src[off:off+n]))
		case 4:
			LittleEndian.PutUint32(b, order.Uint32(src[off:off+n]))
		case 8:
			LittleEndian.PutUint64(b, order.Uint64(src[off:off+n]))
		}
		off += n
	}
	decodeValue(buf, true, data)
}

// Read reads structured binary data from r into data. Data must be a pointer to a fixed-size value or a
// slice of fixed-size values. Bytes read from r are decoded using the specified byte order and written to
// successive fields of the data. Blank (_) fields are skipped. The error is EOF only if no bytes were read;
// if an EOF happens after reading some but not all the bytes, Read returns ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data any) error {
	size := dataSize(data, true)
	if size < 0 {
		return errors.New("binary.Read: invalid type " + fmt.Sprintf("%T", data))
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decode(buf, order, data)
	return nil
}

// Write writes the binary representation of data into w. Data must be a fixed-size value or a slice of
// fixed-size values, or a pointer to such data. Bytes written to w are encoded using the specified byte
// order; blank (_) fields are written as zeros.
func Write(w io.Writer, order ByteOrder, data any) error {
	size := dataSize(data, false)
	if size < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + fmt.Sprintf("%T", data))
	}
	buf := make([]byte, size)
	encode(buf, order, data)
	_, err := w.Write(buf)
	return err
}

// Size returns how many bytes Write would generate to encode the value v, which must be a fixed-size value
// or a slice of fixed-size values, or a pointer to such data. If v is neither of these, Size returns -1.
func Size(v any) int {
	return dataSize(v, false)
}

// Encode encodes the binary representation of data into buf. It returns an error if buf is too small,
// otherwise the number of bytes written into buf.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	size := dataSize(data, false)
	if size < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + fmt.Sprintf("%T", data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	encode(buf, order, data)
	return size, nil
}

// Append appends the binary representation of data to buf. buf may be nil, in which case a new buffer will
// be allocated.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	size := dataSize(data, false)
	if size < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + fmt.Sprintf("%T", data))
	}
	n := len(buf)
	buf = append(buf, make([]byte, size)...)
	encode(buf[n:], order, data)
	return buf, nil
}

// Decode decodes binary data from buf into data according to the given byte order. It returns an error if
// buf is too small, otherwise the number of bytes consumed from buf.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	size := dataSize(data, true)
	if size < 0 {
		return 0, errors.New("binary.Decode: invalid type " + fmt.Sprintf("%T", data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	decode(buf[:size], order, data)
	return size, nil
}
