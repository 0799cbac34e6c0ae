// Generates printf.txt: test vectors for ../printf.rs. Run: go run gen_printf.go > printf.txt
// Each line: function TAB format TAB args (space-separated kind:payload) TAB output, with the
// escaping of gen_leaf.go. Kind "T" is a struct type main.T{s string} holding the payload.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type T struct{ s string }

func esc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r == '\\':
			b.WriteString("\\\\")
		case r == '\t':
			b.WriteString("\\t")
		case r == '\n':
			b.WriteString("\\n")
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

func decode(enc string) any {
	kind, payload, _ := strings.Cut(enc, ":")
	var n int64
	fmt.Sscan(payload, &n)
	switch kind {
	case "int":
		return int(n)
	case "int8":
		return int8(n)
	case "uint":
		return uint(n)
	case "uint8":
		return uint8(n)
	case "float64":
		var f float64
		fmt.Sscan(payload, &f)
		return f
	case "string":
		return payload
	case "bool":
		return payload == "true"
	case "nil":
		return nil
	case "T":
		return T{payload}
	}
	panic(kind)
}

type tcase struct {
	format string
	args   string
}

func main() {
	cases := []tcase{
		{"hello", ""}, {"", ""}, {"%d", "int:5"}, {"%d %s", "int:1 string:a"}, {"%d", ""}, {"%d %d", "int:1"},
		{"%d", "int:1 string:a nil:"}, {"%[2]d %[1]d", "int:1 int:2"}, {"%[3]d", "int:1 int:2"},
		{"%[2]d %d", "int:1 int:2 int:3"}, {"%[0]d", "int:1"}, {"%[x]d", "int:1"}, {"%[1]2d", "int:1"},
		{"%[1].2d", "int:1"}, {"%[2]*[1]d", "int:5 int:3"}, {"%[1]*d", "int:3 int:4"}, {"%*d", "int:-3 int:1"},
		{"%.*d", "int:-1 int:2"}, {"%*d", "string:x int:3"}, {"%-*d|", "int:10000000 int:4"},
		{"%.*d|", "int:3000000 int:4"}, {"%*.*f", "int:8 int:2 float64:3.14159"}, {"%*d", ""}, {"%.*d", "int:2"},
		{"%", ""}, {"abc%", "int:1"}, {"%-", "int:1"}, {"%5.", "int:3"}, {"%.", "int:3"}, {"%5.|", "int:3"},
		{"%%", ""}, {"%-5%|", ""}, {"%%%d", "int:1"}, {"%!", "int:1"}, {"%z", "int:5"}, {"%é", "int:5"},
		{"%T %T %T", "int:1 string:x nil:"}, {"%10T|%-10T|%.2T", "int:1 string:x float64:1"}, {"%5T|", "nil:"},
		{"%.1T|", "nil:"}, {"%v %d", "nil: nil:"}, {"%x", "T:hi"}, {"%v|%+v", "T:hi T:yo"}, {"%s %T", "T:a T:b"},
		{"%d %d", "int:1 int:2 int:3 string:x T:z"}, {"%[1]d %[1]d", "int:1 int:2"}, {"%[2]d", "int:1 int:2"},
		{"%[1]d %d %d", "int:1 int:2"}, {"%3[2]d", "int:1 int:2"}, {"%[2]3d", "int:1 int:2"},
		{"%.[2]d", "int:1 int:2"}, {"%.[2]*d", "int:1 int:2 int:3"}, {"%[2", "int:1"}, {"%[]d", "int:1"},
		{"%[1]", "int:1"}, {"%[-1]d", "int:1"}, {"%[99999999999]d", "int:1"}, {"%99999999d", "int:1"},
		{"%.99999999d", "int:1"}, {"%1000001d|", "int:1"}, {"%[1]*[2]d", "int:4 int:7"}, {"%w", "int:1"},
		{"%w %d", "int:1 int:2"}, {"%*[2]d", "int:3 int:4"}, {"%*", "int:3"}, {"%.*", "int:3"},
		{"%+-#0 12.3f|", "float64:-1.5"}, {"%0*d", "int:-5 int:42"}, {"%*d", "uint:3 int:1"},
		{"%*d", "uint8:3 int:1"}, {"%*d", "int8:-3 int:1"}, {"%*d", "float64:3 int:1"}, {"%*d", "bool:true int:1"},
		{"%v %v %v", "bool:true float64:2.5 string:s"}, {"%s", "nil:"}, {"%!d(string=hi)", ""},
		{"%08.3d|%+d|%x|% x", "int:7 int:5 int:-255 string:hi"}, {"%d%%", "int:50"}, {"%c%c", "int:72 int:105"},
		{"%[1]*.[2]*[3]f", "int:10 int:3 float64:3.14159"}, {"%[3]*.[2]*[1]f", "float64:12 int:2 int:6"},
		{"%d %d %#[1]x %#x", "int:16 int:17"}, {"%[5]d", "int:1 int:2 int:3"}, {"%[2]d %[2]d %d", "int:1 int:2"},
		{"%[1]d %[3]d %d", "int:1 int:2 int:3 int:4"}, {"%.[1]d", "int:1"}, {"%-10v|", "nil:"}, {"%010v|", "nil:"},
	}
	for _, c := range cases {
		var args []any
		if c.args != "" {
			for _, a := range strings.Split(c.args, " ") {
				args = append(args, decode(a))
			}
		}
		fmt.Printf("Sprintf\t%s\t%s\t%s\n", esc(c.format), esc(c.args), esc(fmt.Sprintf(c.format, args...)))
	}
	lists := []string{"", "int:1", "int:1 int:2", "string:a string:b", "int:1 string:a int:2", "string:a int:1 string:b",
		"nil: nil:", "string:a nil: string:b", "T:x T:y", "T:x string:y", "float64:1e21 float64:0.1 bool:false",
		"uint8:7 int8:-7"}
	for _, l := range lists {
		var args []any
		if l != "" {
			for _, a := range strings.Split(l, " ") {
				args = append(args, decode(a))
			}
		}
		fmt.Printf("Sprint\t-\t%s\t%s\n", esc(l), esc(fmt.Sprint(args...)))
		fmt.Printf("Sprintln\t-\t%s\t%s\n", esc(l), esc(fmt.Sprintln(args...)))
	}
}
