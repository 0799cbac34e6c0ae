package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

var (
	ErrLength   = errors.New("wrong length")
	ErrChar     = errors.New("invalid character")
	ErrChecksum = errors.New("checksum mismatch")
)

type ValidationError struct {
	Kind  string
	Input string
	Err   error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("%s %q: %v", e.Kind, e.Input, e.Err)
}

func (e *ValidationError) Unwrap() error { return e.Err }

func digitsOnly(s string, allowX bool) (string, error) {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == ' ' || r == '-':
		case unicode.IsDigit(r) && r < 128:
			b.WriteRune(r)
		case allowX && (r == 'X' || r == 'x') && i == len(s)-1:
			b.WriteByte('X')
		default:
			return "", ErrChar
		}
	}
	return b.String(), nil
}

func Luhn(s string) error {
	d, err := digitsOnly(s, false)
	if err == nil && len(d) < 2 {
		err = ErrLength
	}
	if err == nil {
		sum := 0
		double := false
		for i := len(d) - 1; i >= 0; i-- {
			n := int(d[i] - '0')
			if double {
				n *= 2
				if n > 9 {
					n -= 9
				}
			}
			sum += n
			double = !double
		}
		if sum%10 != 0 {
			err = ErrChecksum
		}
	}
	if err != nil {
		return &ValidationError{"card", s, err}
	}
	return nil
}

func ISBN10(s string) error {
	d, err := digitsOnly(s, true)
	if err == nil && len(d) != 10 {
		err = ErrLength
	}
	if err == nil {
		sum := 0
		for i, c := range d {
			v := int(c - '0')
			if c == 'X' {
				v = 10
			}
			sum += v * (10 - i)
		}
		if sum%11 != 0 {
			err = ErrChecksum
		}
	}
	if err != nil {
		return &ValidationError{"isbn10", s, err}
	}
	return nil
}

func ISBN13(s string) error {
	d, err := digitsOnly(s, false)
	if err == nil && len(d) != 13 {
		err = ErrLength
	}
	if err == nil {
		sum := 0
		for i, c := range d {
			w := 1
			if i%2 == 1 {
				w = 3
			}
			sum += int(c-'0') * w
		}
		if sum%10 != 0 {
			err = ErrChecksum
		}
	}
	if err != nil {
		return &ValidationError{"isbn13", s, err}
	}
	return nil
}

// ISBN10to13 converts by prefixing 978 and recomputing the check digit.
func ISBN10to13(s string) string {
	d, _ := digitsOnly(s, true)
	core := "978" + d[:9]
	sum := 0
	for i, c := range core {
		w := 1
		if i%2 == 1 {
			w = 3
		}
		sum += int(c-'0') * w
	}
	return core + string(rune('0'+(10-sum%10)%10))
}

func main() {
	checks := []struct {
		name string
		fn   func(string) error
		in   string
	}{
		{"luhn", Luhn, "4539 3195 0343 6467"},
		{"luhn", Luhn, "8273 1232 7352 0569"},
		{"luhn", Luhn, "059"},
		{"luhn", Luhn, "0"},
		{"luhn", Luhn, "4539-3195-0343-646a"},
		{"isbn10", ISBN10, "0-306-40615-2"},
		{"isbn10", ISBN10, "0-8044-2957-X"},
		{"isbn10", ISBN10, "0-306-40615-3"},
		{"isbn10", ISBN10, "12345"},
		{"isbn13", ISBN13, "978-0-306-40615-7"},
		{"isbn13", ISBN13, "978-0-306-40615-8"},
		{"isbn13", ISBN13, "978 0 306 40615 7 1"},
	}
	counts := map[string]int{}
	for _, c := range checks {
		err := c.fn(c.in)
		status := "valid"
		switch {
		case err == nil:
		case errors.Is(err, ErrChecksum):
			status = "bad checksum"
		case errors.Is(err, ErrLength):
			status = "bad length"
		case errors.Is(err, ErrChar):
			status = "bad char"
		}
		counts[status]++
		fmt.Printf("%-7s %-22s %-13s %v\n", c.name, c.in, status, err)
	}
	fmt.Println(counts)
	for _, s := range []string{"0-306-40615-2", "0-8044-2957-X"} {
		conv := ISBN10to13(s)
		fmt.Println(s, "->", conv, ISBN13(conv) == nil)
	}
	var ve *ValidationError
	err := ISBN10("x")
	if errors.As(err, &ve) {
		fmt.Println(ve.Kind, ve.Input, ve.Err == ErrChar)
	}
}

// Output:
// luhn    4539 3195 0343 6467    valid         <nil>
// luhn    8273 1232 7352 0569    bad checksum  card "8273 1232 7352 0569": checksum mismatch
// luhn    059                    valid         <nil>
// luhn    0                      bad length    card "0": wrong length
// luhn    4539-3195-0343-646a    bad char      card "4539-3195-0343-646a": invalid character
// isbn10  0-306-40615-2          valid         <nil>
// isbn10  0-8044-2957-X          valid         <nil>
// isbn10  0-306-40615-3          bad checksum  isbn10 "0-306-40615-3": checksum mismatch
// isbn10  12345                  bad length    isbn10 "12345": wrong length
// isbn13  978-0-306-40615-7      valid         <nil>
// isbn13  978-0-306-40615-8      bad checksum  isbn13 "978-0-306-40615-8": checksum mismatch
// isbn13  978 0 306 40615 7 1    bad length    isbn13 "978 0 306 40615 7 1": wrong length
// map[bad char:1 bad checksum:3 bad length:3 valid:5]
// 0-306-40615-2 -> 9780306406157 true
// 0-8044-2957-X -> 9780804429573 true
// isbn10 x false
