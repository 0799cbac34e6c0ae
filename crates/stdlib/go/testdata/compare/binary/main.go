// Compares encoding/binary (byte orders and varints) with Go's.
package main

import (
	"amberstd/compare/check"
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand"
	gobytes "real/bytes"
	gobinary "real/encoding/binary"
)

func main() {
	rng := rand.New(rand.NewSource(5))
	orders := []struct {
		ours binary.ByteOrder
		real gobinary.ByteOrder
	}{{binary.LittleEndian, gobinary.LittleEndian}, {binary.BigEndian, gobinary.BigEndian}, {binary.NativeEndian, gobinary.NativeEndian}}
	for _, o := range orders {
		check.Eq("String", o.ours.String(), o.real.String())
		check.Eq("GoString", fmt.Sprintf("%#v", o.ours), fmt.Sprintf("%#v", o.real))
		for i := 0; i < 2000; i++ {
			b := make([]byte, 8)
			rng.Read(b)
			check.Eq("Uint16", o.ours.Uint16(b), o.real.Uint16(b))
			check.Eq("Uint32", o.ours.Uint32(b), o.real.Uint32(b))
			check.Eq("Uint64", o.ours.Uint64(b), o.real.Uint64(b))
			v := rng.Uint64()
			p1, p2 := make([]byte, 8), make([]byte, 8)
			o.ours.PutUint16(p1, uint16(v))
			o.real.PutUint16(p2, uint16(v))
			check.Eq("PutUint16", p1, p2)
			o.ours.PutUint32(p1, uint32(v))
			o.real.PutUint32(p2, uint32(v))
			check.Eq("PutUint32", p1, p2)
			o.ours.PutUint64(p1, v)
			o.real.PutUint64(p2, v)
			check.Eq("PutUint64", p1, p2)
			a1 := o.ours.(binary.AppendByteOrder)
			a2 := o.real.(gobinary.AppendByteOrder)
			check.Eq("AppendUint16", a1.AppendUint16([]byte("x"), uint16(v)), a2.AppendUint16([]byte("x"), uint16(v)))
			check.Eq("AppendUint32", a1.AppendUint32([]byte("x"), uint32(v)), a2.AppendUint32([]byte("x"), uint32(v)))
			check.Eq("AppendUint64", a1.AppendUint64([]byte("x"), v), a2.AppendUint64([]byte("x"), v))
		}
		check.Eq("Uint16 short", check.Panics(func() { o.ours.Uint16([]byte{1}) }), check.Panics(func() { o.real.Uint16([]byte{1}) }))
		check.Eq("Uint64 short", check.Panics(func() { o.ours.Uint64(make([]byte, 7)) }), check.Panics(func() { o.real.Uint64(make([]byte, 7)) }))
		check.Eq("PutUint32 short", check.Panics(func() { o.ours.PutUint32(nil, 1) }), check.Panics(func() { o.real.PutUint32(nil, 1) }))
	}
	vals := []uint64{0, 1, 127, 128, 255, 300, 1<<14 - 1, 1 << 14, 1<<63 - 1, 1 << 63, 1<<64 - 1}
	for i := 0; i < 5000; i++ {
		vals = append(vals, rng.Uint64()>>uint(rng.Intn(64)))
	}
	for _, v := range vals {
		check.Eq("AppendUvarint", binary.AppendUvarint(nil, v), gobinary.AppendUvarint(nil, v))
		check.Eq("AppendVarint", binary.AppendVarint(nil, int64(v)), gobinary.AppendVarint(nil, int64(v)))
		b1, b2 := make([]byte, 10), make([]byte, 10)
		check.Eq("PutUvarint", []any{binary.PutUvarint(b1, v), b1}, []any{gobinary.PutUvarint(b2, v), b2})
		check.Eq("PutVarint", []any{binary.PutVarint(b1, int64(v)), b1}, []any{gobinary.PutVarint(b2, int64(v)), b2})
		check.Eq("PutUvarint short", check.Panics(func() { binary.PutUvarint(make([]byte, 1), v) }), check.Panics(func() { gobinary.PutUvarint(make([]byte, 1), v) }))
	}
	for i := 0; i < 50000; i++ {
		b := make([]byte, rng.Intn(13))
		for j := range b {
			if rng.Intn(4) == 0 {
				b[j] = byte(rng.Intn(256))
			} else {
				b[j] = byte(0x80 | rng.Intn(128))
			}
			if j == len(b)-1 && rng.Intn(2) == 0 {
				b[j] &= 0x7f
			}
		}
		x1, n1 := binary.Uvarint(b)
		x2, n2 := gobinary.Uvarint(b)
		check.Eq(fmt.Sprintf("Uvarint(%x)", b), []any{x1, n1}, []any{x2, n2})
		y1, m1 := binary.Varint(b)
		y2, m2 := gobinary.Varint(b)
		check.Eq(fmt.Sprintf("Varint(%x)", b), []any{y1, m1}, []any{y2, m2})
		u1, e1 := binary.ReadUvarint(bytes.NewReader(b))
		u2, e2 := gobinary.ReadUvarint(gobytes.NewReader(b))
		check.Eq(fmt.Sprintf("ReadUvarint(%x)", b), fmt.Sprint(u1, e1), fmt.Sprint(u2, e2))
		s1, f1 := binary.ReadVarint(bytes.NewReader(b))
		s2, f2 := gobinary.ReadVarint(gobytes.NewReader(b))
		check.Eq(fmt.Sprintf("ReadVarint(%x)", b), fmt.Sprint(s1, f1), fmt.Sprint(s2, f2))
	}
	check.Eq("consts", []int{binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64}, []int{gobinary.MaxVarintLen16, gobinary.MaxVarintLen32, gobinary.MaxVarintLen64})
	check.Done("binary")
}
