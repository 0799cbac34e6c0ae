package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var morse = map[rune]string{
	'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'F': "..-.", 'G': "--.", 'H': "....",
	'I': "..", 'J': ".---", 'K': "-.-", 'L': ".-..", 'M': "--", 'N': "-.", 'O': "---", 'P': ".--.",
	'Q': "--.-", 'R': ".-.", 'S': "...", 'T': "-", 'U': "..-", 'V': "...-", 'W': ".--", 'X': "-..-",
	'Y': "-.--", 'Z': "--..", '0': "-----", '1': ".----", '2': "..---", '3': "...--", '4': "....-",
	'5': ".....", '6': "-....", '7': "--...", '8': "---..", '9': "----.", '.': ".-.-.-", ',': "--..--",
	'?': "..--..", '!': "-.-.--",
}

var reverse map[string]rune

func init() {
	reverse = make(map[string]rune, len(morse))
	for r, code := range morse {
		reverse[code] = r
	}
}

var ErrUnknown = errors.New("unknown symbol")

func Encode(text string) (string, error) {
	var words []string
	for _, w := range strings.Fields(strings.ToUpper(text)) {
		var letters []string
		for _, r := range w {
			code, ok := morse[r]
			if !ok {
				return "", fmt.Errorf("encode %q: %w %q", text, ErrUnknown, r)
			}
			letters = append(letters, code)
		}
		words = append(words, strings.Join(letters, " "))
	}
	return strings.Join(words, " / "), nil
}

func Decode(code string) (string, error) {
	var b strings.Builder
	for i, word := range strings.Split(code, " / ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		for _, sym := range strings.Fields(word) {
			r, ok := reverse[sym]
			if !ok {
				return b.String(), fmt.Errorf("decode: %w %q", ErrUnknown, sym)
			}
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}

// Timing converts to on/off units: dot=1, dash=3, gaps 1/3/7.
func Timing(code string) (on, off int) {
	for i, c := range code {
		switch c {
		case '.':
			on++
		case '-':
			on += 3
		case ' ':
			continue
		case '/':
			continue
		}
		if i+1 < len(code) {
			switch {
			case strings.HasPrefix(code[i+1:], " / "):
				off += 7
			case code[i+1] == ' ':
				off += 3
			case code[i+1] == '.' || code[i+1] == '-':
				off++
			}
		}
	}
	return
}

func main() {
	for _, msg := range []string{"SOS", "Hello World", "Go 1.22!", "amber vm", "héllo"} {
		code, err := Encode(msg)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnknown))
			continue
		}
		back, _ := Decode(code)
		on, off := Timing(code)
		fmt.Printf("%-12q %s\n             -> %q (on=%d off=%d units)\n", msg, code, back, on, off)
	}
	_, err := Decode("... --- ...---...")
	fmt.Println("error:", err)
	byLen := map[int][]string{}
	for r, c := range morse {
		if r >= 'A' && r <= 'Z' {
			byLen[len(c)] = append(byLen[len(c)], string(r))
		}
	}
	for l := 1; l <= 4; l++ {
		sort.Strings(byLen[l])
		fmt.Printf("%d symbols: %s\n", l, strings.Join(byLen[l], ""))
	}
}

// Output:
// "SOS"        ... --- ...
//              -> "SOS" (on=15 off=12 units)
// "Hello World" .... . .-.. .-.. --- / .-- --- .-. .-.. -..
//              -> "HELLO WORLD" (on=58 off=53 units)
// "Go 1.22!"   --. --- / .---- .-.-.- ..--- ..--- -.-.--
//              -> "GO 1.22!" (on=77 off=48 units)
// "amber vm"   .- -- -... . .-. / ...- --
//              -> "AMBER VM" (on=34 off=33 units)
// error: encode "héllo": unknown symbol 'É' true
// error: decode: unknown symbol "...---..."
// 1 symbols: ET
// 2 symbols: AIMN
// 3 symbols: DGKORSUW
// 4 symbols: BCFHJLPQVXYZ
