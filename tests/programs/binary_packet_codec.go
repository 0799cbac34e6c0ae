package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type MsgType uint8

const (
	MsgPing MsgType = iota + 1
	MsgData
	MsgAck
)

func (t MsgType) String() string {
	switch t {
	case MsgPing:
		return "PING"
	case MsgData:
		return "DATA"
	case MsgAck:
		return "ACK"
	}
	return fmt.Sprintf("MsgType(%d)", uint8(t))
}

type Message struct {
	Type    MsgType
	Seq     uint32
	Flags   uint16
	Payload []byte
}

const magic = 0xAB

var (
	ErrMagic    = errors.New("bad magic byte")
	ErrChecksum = errors.New("checksum mismatch")
)

func checksum(b []byte) uint16 {
	var s uint16
	for i, c := range b {
		s += uint16(c) * uint16(i+1)
	}
	return s
}

// Encode layout: magic(1) type(1) seq(4 BE) flags(2 LE) len(uvarint) payload checksum(2 BE)
func (m Message) Encode() []byte {
	var buf bytes.Buffer
	buf.WriteByte(magic)
	buf.WriteByte(byte(m.Type))
	binary.Write(&buf, binary.BigEndian, m.Seq)
	binary.Write(&buf, binary.LittleEndian, m.Flags)
	buf.Write(binary.AppendUvarint(nil, uint64(len(m.Payload))))
	buf.Write(m.Payload)
	sum := checksum(buf.Bytes())
	return binary.BigEndian.AppendUint16(buf.Bytes(), sum)
}

func Decode(r *bytes.Reader) (Message, error) {
	var m Message
	start := r.Size() - int64(r.Len())
	mg, err := r.ReadByte()
	if err != nil {
		return m, err
	}
	if mg != magic {
		return m, fmt.Errorf("offset %d: %w (got %#x)", start, ErrMagic, mg)
	}
	t, err := r.ReadByte()
	if err != nil {
		return m, io.ErrUnexpectedEOF
	}
	m.Type = MsgType(t)
	if err := binary.Read(r, binary.BigEndian, &m.Seq); err != nil {
		return m, fmt.Errorf("seq: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, &m.Flags); err != nil {
		return m, fmt.Errorf("flags: %w", err)
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return m, fmt.Errorf("length: %w", err)
	}
	m.Payload = make([]byte, n)
	if _, err := io.ReadFull(r, m.Payload); err != nil {
		return m, fmt.Errorf("payload: %w", err)
	}
	end := r.Size() - int64(r.Len())
	var sum uint16
	if err := binary.Read(r, binary.BigEndian, &sum); err != nil {
		return m, fmt.Errorf("checksum: %w", err)
	}
	whole := m.Encode()
	if want := binary.BigEndian.Uint16(whole[len(whole)-2:]); sum != want || end-start != int64(len(whole)-2) {
		return m, fmt.Errorf("seq %d: %w (%#04x != %#04x)", m.Seq, ErrChecksum, sum, want)
	}
	return m, nil
}

func main() {
	msgs := []Message{
		{MsgPing, 1, 0, nil},
		{MsgData, 2, 0x0102, []byte("hello amber")},
		{MsgData, 3, 0, bytes.Repeat([]byte{0xEE}, 200)},
		{MsgAck, 0xDEADBEEF, 0xFFFF, []byte{2}},
	}
	var stream []byte
	for _, m := range msgs {
		enc := m.Encode()
		fmt.Printf("%-4v seq=%-10d %3d bytes: % x\n", m.Type, m.Seq, len(enc), enc[:min(len(enc), 16)])
		stream = append(stream, enc...)
	}
	r := bytes.NewReader(stream)
	for {
		m, err := Decode(r)
		if err == io.EOF {
			fmt.Println("end of stream")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("decoded %v seq=%d flags=%#x payload=%d bytes %q\n", m.Type, m.Seq, m.Flags, len(m.Payload), m.Payload[:min(5, len(m.Payload))])
	}
	bad := msgs[1].Encode()
	bad[10] ^= 0xFF
	_, err := Decode(bytes.NewReader(bad))
	fmt.Println(err, errors.Is(err, ErrChecksum))
	_, err = Decode(bytes.NewReader([]byte{0x00, 1}))
	fmt.Println(err, errors.Is(err, ErrMagic))
	_, err = Decode(bytes.NewReader(msgs[1].Encode()[:12]))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	_, err = Decode(bytes.NewReader([]byte{magic, 1, 0, 0}))
	fmt.Println(err)
	fmt.Println(MsgType(9), binary.Size(uint32(0)), binary.MaxVarintLen64)
}

// Output:
// PING seq=1           11 bytes: ab 01 00 00 00 01 00 00 00 00 b3
// DATA seq=2           22 bytes: ab 02 00 00 00 02 02 01 0b 68 65 6c 6c 6f 20 61
// DATA seq=3          212 bytes: ab 02 00 00 00 03 00 00 c8 01 ee ee ee ee ee ee
// ACK  seq=3735928559  12 bytes: ab 03 de ad be ef ff ff 01 02 1e 5d
// decoded PING seq=1 flags=0x0 payload=0 bytes ""
// decoded DATA seq=2 flags=0x102 payload=11 bytes "hello"
// decoded DATA seq=3 flags=0x0 payload=200 bytes "\xee\xee\xee\xee\xee"
// decoded ACK seq=3735928559 flags=0xffff payload=1 bytes "\x02"
// end of stream
// seq 2: checksum mismatch (0x40b1 != 0x42f8) true
// offset 0: bad magic byte (got 0x0) true
// payload: unexpected EOF true
// seq: unexpected EOF
// MsgType(9) 4 10
