package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const lorem = `Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google in 2007 to improve programming productivity in an era of multicore, networked machines and large codebases. The designers wanted to address criticisms of other languages in use at Google, but keep their useful characteristics.`

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	letters := 0
	for _, w := range words {
		letters += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - letters
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s
}

func box(lines []string) string {
	w := 0
	for _, l := range lines {
		w = max(w, utf8.RuneCountInString(l))
	}
	var b strings.Builder
	b.WriteString("+" + strings.Repeat("-", w+2) + "+\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "| %s%s |\n", l, strings.Repeat(" ", w-utf8.RuneCountInString(l)))
	}
	b.WriteString("+" + strings.Repeat("-", w+2) + "+")
	return b.String()
}

func main() {
	for _, width := range []int{40, 28} {
		lines := wrap(lorem, width)
		fmt.Printf("width %d: %d lines\n", width, len(lines))
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("|%s|\n", l+strings.Repeat(".", width-utf8.RuneCountInString(l)))
		}
	}
	fmt.Println(box([]string{center("Amber", 20), "déterministe", "日本語 text", ""}))
	fmt.Println(wrap("supercalifragilisticexpialidocious is long", 10))
	fmt.Printf("%q\n", wrap("", 10))
	fmt.Println(justify("a b", 9) + "|")
	fmt.Println(justify("single", 9) + "|")
}

// Output:
// width 40: 10 lines
// |Go   is   an   open  source  programming|
// |language  that  makes it simple to build|
// |secure,   scalable   systems.   It   was|
// |designed  at  Google  in 2007 to improve|
// |programming  productivity  in  an era of|
// |multicore,  networked machines and large|
// |codebases.   The   designers  wanted  to|
// |address criticisms of other languages in|
// |use  at  Google,  but  keep their useful|
// |characteristics.........................|
// width 28: 14 lines
// |Go   is   an   open   source|
// |programming   language  that|
// |makes  it  simple  to  build|
// |secure, scalable systems. It|
// |was  designed  at  Google in|
// |2007  to improve programming|
// |productivity  in  an  era of|
// |multicore,         networked|
// |machines      and      large|
// |codebases.   The   designers|
// |wanted to address criticisms|
// |of other languages in use at|
// |Google,   but   keep   their|
// |useful characteristics......|
// +--------------+
// |        Amber |
// | déterministe |
// | 日本語 text     |
// |              |
// +--------------+
// [supercalifragilisticexpialidocious is long]
// []
// a       b|
// single|
