package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	MaxSize uint8
	Offset  int64
	Tags    []string
}

type FieldError struct {
	Key string
	Err error
}

func (e *FieldError) Error() string { return "field " + e.Key + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

func parseConfig(text string) (Config, []error) {
	var cfg Config
	var errs []error
	for lineNo, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: missing '='", lineNo+1))
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		var err error
		switch key {
		case "name":
			cfg.Name, err = strconv.Unquote(val)
		case "port":
			cfg.Port, err = strconv.Atoi(val)
		case "debug":
			cfg.Debug, err = strconv.ParseBool(val)
		case "ratio":
			cfg.Ratio, err = strconv.ParseFloat(val, 64)
		case "maxsize":
			var u uint64
			u, err = strconv.ParseUint(val, 10, 8)
			cfg.MaxSize = uint8(u)
		case "offset":
			cfg.Offset, err = strconv.ParseInt(val, 0, 64)
		case "tags":
			cfg.Tags = strings.Split(val, ",")
		default:
			err = errors.New("unknown key")
		}
		if err != nil {
			errs = append(errs, &FieldError{key, err})
		}
	}
	return cfg, errs
}

func main() {
	text := `
# sample configuration
name = "server \"alpha\""
port = 8080
debug = TRUE
ratio = 0.75
maxsize = 300
offset = -0x1F
tags = a,b,c
colour = blue
this line is broken
port = 80a
ratio = 1e400
offset = 0b1011
`
	cfg, errs := parseConfig(text)
	fmt.Printf("%+v\n", cfg)
	for _, e := range errs {
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Printf("num error: func=%s num=%q err=%v range=%t\n", ne.Func, ne.Num, ne.Err, errors.Is(e, strconv.ErrRange))
		} else {
			fmt.Println("error:", e)
		}
	}

	for _, s := range []string{"42", "-7", "+3", "0x10", " 5", "9223372036854775808", "１２"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"ff", "FF", "-80", "80", "zz"} {
		n, err := strconv.ParseInt(s, 16, 8)
		fmt.Printf("ParseInt(%q,16,8) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"3.14159", "1e-3", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 16), strconv.FormatUint(1<<64-1, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'e', 3, 64), strconv.FormatFloat(1234567.0, 'f', -1, 64), strconv.FormatFloat(0.1, 'g', 10, 32))
	fmt.Println(strconv.Quote("tab\there \u00e9 \x7f"), strconv.QuoteToASCII("héllo ☺"), strconv.QuoteRune('☺'))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"unterminated`, `"\q"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, 12, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	for _, s := range []string{"1", "t", "F", "yes"} {
		v, err := strconv.ParseBool(s)
		fmt.Println(s, v, err)
	}
}

// Output:
// {Name:server "alpha" Port:0 Debug:true Ratio:+Inf MaxSize:255 Offset:11 Tags:[a b c]}
// num error: func=ParseUint num="300" err=value out of range range=true
// error: field colour: unknown key
// error: line 11: missing '='
// num error: func=Atoi num="80a" err=invalid syntax range=false
// num error: func=ParseFloat num="1e400" err=value out of range range=true
// Atoi("42") = 42, <nil>
// Atoi("-7") = -7, <nil>
// Atoi("+3") = 3, <nil>
// Atoi("0x10") = 0, strconv.Atoi: parsing "0x10": invalid syntax
// Atoi(" 5") = 0, strconv.Atoi: parsing " 5": invalid syntax
// Atoi("9223372036854775808") = 9223372036854775807, strconv.Atoi: parsing "9223372036854775808": value out of range
// Atoi("１２") = 0, strconv.Atoi: parsing "１２": invalid syntax
// ParseInt("ff",16,8) = 127, strconv.ParseInt: parsing "ff": value out of range
// ParseInt("FF",16,8) = 127, strconv.ParseInt: parsing "FF": value out of range
// ParseInt("-80",16,8) = -128, <nil>
// ParseInt("80",16,8) = 127, strconv.ParseInt: parsing "80": value out of range
// ParseInt("zz",16,8) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseFloat("3.14159") = 3.14159, <nil>
// ParseFloat("1e-3") = 0.001, <nil>
// ParseFloat("inf") = +Inf, <nil>
// ParseFloat("-Inf") = -Inf, <nil>
// ParseFloat("NaN") = NaN, <nil>
// ParseFloat("0x1p-2") = 0.25, <nil>
// ParseFloat("1_000.5") = 1000.5, <nil>
// ParseFloat(".5") = 0.5, <nil>
// ParseFloat("5.") = 5, <nil>
// -11111111 ff 3w5e11264sgsf
// 3.142e+00 1234567 0.1000000015
// "tab\there é \x7f" "h\u00e9llo \u263a" '☺'
// Unquote("a\tb") = "a\tb", <nil>
// Unquote(`raw\n`) = "raw\\n", <nil>
// Unquote('x') = "x", <nil>
// Unquote("unterminated) = "", invalid syntax
// Unquote("\q") = "", invalid syntax
// n=12 false"q"
// 1 true <nil>
// t true <nil>
// F false <nil>
// yes false strconv.ParseBool: parsing "yes": invalid syntax
