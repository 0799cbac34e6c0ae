// Generates printf_random.txt: random format strings (deterministic) applied by Sprintf to the
// fixed arguments (-7, "h\xffi", -1.5e300, []byte{0, 0x80}). Run:
// go run gen_printf_random.go > printf_random.txt. Each line: format TAB output, escaped as in
// gen_leaf.go.
package main

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode/utf8"
)

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

func main() {
	alphabet := "%%%%[]*.-+#0 12349dvsxXqTcUeEfgGbopt!w"
	r := rand.New(rand.NewSource(11))
	for i := 0; i < 3000; i++ {
		n := 1 + r.Intn(10)
		var b []byte
		for j := 0; j < n; j++ {
			b = append(b, alphabet[r.Intn(len(alphabet))])
		}
		format := string(b)
		out := fmt.Sprintf(format, -7, "h\xffi", -1.5e300, []byte{0, 0x80})
		fmt.Printf("%s\t%s\n", esc(format), esc(out))
	}
}
