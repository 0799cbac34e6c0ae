package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
)

type Block struct {
	Index    uint32
	PrevHash [32]byte
	Data     string
	Nonce    uint64
}

func (b *Block) Bytes() []byte {
	buf := make([]byte, 4+32+8)
	binary.BigEndian.PutUint32(buf[0:], b.Index)
	copy(buf[4:], b.PrevHash[:])
	binary.LittleEndian.PutUint64(buf[36:], b.Nonce)
	return append(buf, b.Data...)
}

func (b *Block) Hash() [32]byte { return sha256.Sum256(b.Bytes()) }

// Mine finds a nonce whose hash starts with `zeros` zero hex digits.
func (b *Block) Mine(zeros int) {
	prefix := strings.Repeat("0", zeros)
	for {
		h := b.Hash()
		if strings.HasPrefix(hex.EncodeToString(h[:]), prefix) {
			return
		}
		b.Nonce++
	}
}

func merkleRoot(items []string) []byte {
	var level [][]byte
	for _, it := range items {
		h := sha256.Sum256([]byte(it))
		level = append(level, h[:])
	}
	for len(level) > 1 {
		if len(level)%2 == 1 {
			level = append(level, level[len(level)-1])
		}
		var next [][]byte
		for i := 0; i < len(level); i += 2 {
			h := sha256.New()
			h.Write(level[i])
			h.Write(level[i+1])
			next = append(next, h.Sum(nil))
		}
		level = next
	}
	return level[0]
}

func main() {
	msgs := []string{"", "abc", "hello, world", "The quick brown fox jumps over the lazy dog"}
	for _, m := range msgs {
		sum := sha256.Sum256([]byte(m))
		fmt.Printf("sha256(%q) = %x\n", m, sum[:8])
	}
	h := sha256.New()
	for _, part := range []string{"The quick ", "brown fox ", "jumps over the lazy dog"} {
		h.Write([]byte(part))
	}
	streamed := h.Sum(nil)
	oneShot := sha256.Sum256([]byte(msgs[3]))
	fmt.Println("streamed equals one-shot:", bytes.Equal(streamed, oneShot[:]), h.Size(), h.BlockSize())

	raw := []byte("Amber: deterministic Go\x00\xff")
	fmt.Println(hex.EncodeToString(raw))
	fmt.Println(base64.StdEncoding.EncodeToString(raw))
	fmt.Println(base64.URLEncoding.EncodeToString(raw))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")), base64.StdEncoding.EncodeToString([]byte("ab")))
	dec, err := base64.StdEncoding.DecodeString("SGVsbG8sIEdvcGhlciE=")
	fmt.Printf("%s %v\n", dec, err)
	_, err = base64.StdEncoding.DecodeString("not base64!")
	fmt.Println("error:", err)
	hb, err := hex.DecodeString("48656c6c6f")
	fmt.Printf("%s %v\n", hb, err)
	_, err = hex.DecodeString("abc")
	fmt.Println("error:", err)
	_, err = hex.DecodeString("zz")
	fmt.Println("error:", err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	buf := make([]byte, 8)
	binary.BigEndian.PutUint16(buf, 0xCAFE)
	binary.LittleEndian.PutUint16(buf[2:], 0xCAFE)
	binary.BigEndian.PutUint32(buf[4:], 0xDEADBEEF)
	fmt.Printf("% X | %d %d\n", buf, binary.BigEndian.Uint16(buf), binary.LittleEndian.Uint32(buf[4:]))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -5)
	u, n1 := binary.Uvarint(vb)
	s, n2 := binary.Varint(vb[n1:])
	fmt.Println(vb, u, n1, s, n2)

	var prev [32]byte
	for i, data := range []string{"genesis", "alice pays bob 5", "bob pays carol 2"} {
		b := &Block{Index: uint32(i), PrevHash: prev, Data: data}
		b.Mine(2)
		prev = b.Hash()
		fmt.Printf("block %d nonce=%d hash=%s...\n", i, b.Nonce, hex.EncodeToString(prev[:])[:16])
	}
	root := merkleRoot([]string{"tx1", "tx2", "tx3", "tx4", "tx5"})
	fmt.Println("merkle root:", hex.EncodeToString(root))
	fmt.Println(base64.StdEncoding.EncodeToString(root), base64.StdEncoding.EncodedLen(32), hex.EncodedLen(32))
}

// Output:
// sha256("") = e3b0c44298fc1c14
// sha256("abc") = ba7816bf8f01cfea
// sha256("hello, world") = 09ca7e4eaa6e8ae9
// sha256("The quick brown fox jumps over the lazy dog") = d7a8fbb307d78094
// streamed equals one-shot: true 32 64
// 416d6265723a2064657465726d696e697374696320476f00ff
// QW1iZXI6IGRldGVybWluaXN0aWMgR28A/w==
// QW1iZXI6IGRldGVybWluaXN0aWMgR28A_w==
// YWI YWI=
// Hello, Gopher! <nil>
// error: illegal base64 data at input byte 3
// Hello <nil>
// error: encoding/hex: odd length hex string
// error: encoding/hex: invalid byte: U+007A 'z'
// 00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|
// 00000010  58 59 5a                                          |XYZ|
// CA FE FE CA DE AD BE EF | 51966 4022250974
// [172 2 9] 300 2 -5 1
// block 0 nonce=147 hash=00df5229023ff6ec...
// block 1 nonce=46 hash=009fdd15100dbc44...
// block 2 nonce=154 hash=00c7357bb507a303...
// merkle root: e005b5664946b94dcae30e856ab0058930eb5ec65ca113c90331454335612140
// 4AW1ZklGuU3K4w6FarAFiTDrXsZcoRPJAzFFQzVhIUA= 44 64
