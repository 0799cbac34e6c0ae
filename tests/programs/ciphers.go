package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Cipher interface {
	Encrypt(string) string
	Decrypt(string) string
}

type Caesar struct{ Shift int }

func shiftRune(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)%26+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)%26+26)%26
	}
	return r
}

func (c Caesar) Encrypt(s string) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, c.Shift) }, s)
}

func (c Caesar) Decrypt(s string) string { return Caesar{-c.Shift}.Encrypt(s) }

type Vigenere struct{ key []int }

func NewVigenere(key string) (*Vigenere, error) {
	if key == "" {
		return nil, errors.New("vigenere: empty key")
	}
	v := &Vigenere{}
	for _, r := range key {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return nil, fmt.Errorf("vigenere: bad key rune %q", r)
		}
		v.key = append(v.key, int(unicode.ToLower(r)-'a'))
	}
	return v, nil
}

func (v *Vigenere) apply(s string, sign int) string {
	out := make([]rune, 0, len(s))
	i := 0
	for _, r := range s {
		if unicode.IsLetter(r) && r <= unicode.MaxASCII {
			r = shiftRune(r, sign*v.key[i%len(v.key)])
			i++
		}
		out = append(out, r)
	}
	return string(out)
}

func (v *Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v *Vigenere) Decrypt(s string) string { return v.apply(s, -1) }

type Atbash struct{}

func (Atbash) Encrypt(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = 'z' - (c - 'a')
		} else if c >= 'A' && c <= 'Z' {
			b[i] = 'Z' - (c - 'A')
		}
	}
	return string(b)
}
func (a Atbash) Decrypt(s string) string { return a.Encrypt(s) }

func rot13(s string) string { return Caesar{13}.Encrypt(s) }

// crack guesses a Caesar shift by assuming 'e' is the most frequent letter.
func crack(s string) int {
	var freq [26]int
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	best := 0
	for i := range freq {
		if freq[i] > freq[best] {
			best = i
		}
	}
	return (best - 4 + 26) % 26
}

func main() {
	msg := "Meet me at the Green Gate at seven, exactly! Bring the keys."
	vig, err := NewVigenere("LEMON")
	if err != nil {
		fmt.Println(err)
		return
	}
	ciphers := []struct {
		name string
		c    Cipher
	}{
		{"caesar+3", Caesar{3}},
		{"caesar-29", Caesar{-29}},
		{"vigenere", vig},
		{"atbash", Atbash{}},
	}
	for _, e := range ciphers {
		enc := e.c.Encrypt(msg)
		dec := e.c.Decrypt(enc)
		fmt.Printf("%-10s %s\n%-10s ok=%t (%T)\n", e.name, enc, "", dec == msg, e.c)
	}
	fmt.Println(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
	for _, bad := range []string{"", "k3y", "clé"} {
		if _, err := NewVigenere(bad); err != nil {
			fmt.Println("error:", err)
		}
	}
	secret := Caesar{11}.Encrypt("the quick brown fox jumps over the lazy dog while everyone sleeps here")
	k := crack(secret)
	fmt.Println("cracked shift:", k, "->", Caesar{k}.Decrypt(secret))
	fmt.Println(Caesar{1}.Encrypt("Zebra zoo, ÄÖÜ unchanged"))
}

// Output:
// caesar+3   Phhw ph dw wkh Juhhq Jdwh dw vhyhq, hadfwob! Eulqj wkh nhbv.
//            ok=true (main.Caesar)
// caesar-29  Jbbq jb xq qeb Dobbk Dxqb xq pbsbk, buxzqiv! Yofkd qeb hbvp.
//            ok=true (main.Caesar)
// vigenere   Xiqh zp ef hup Kdsry Kmhr lx esipr, qlnnxxm! Ocmzu gsi wsld.
//            ok=true (*main.Vigenere)
// atbash     Nvvg nv zg gsv Tivvm Tzgv zg hvevm, vczxgob! Yirmt gsv pvbh.
//            ok=true (main.Atbash)
// Uryyb, Jbeyq! Hello, World!
// error: vigenere: empty key
// error: vigenere: bad key rune '3'
// error: vigenere: bad key rune 'é'
// cracked shift: 11 -> the quick brown fox jumps over the lazy dog while everyone sleeps here
// Afcsb app, ÄÖÜ vodibohfe
