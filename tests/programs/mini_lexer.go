package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	Ident Kind = iota
	Keyword
	Int
	Float
	String
	Char
	Operator
	Comment
	Illegal
)

var kindNames = [...]string{"Ident", "Keyword", "Int", "Float", "String", "Char", "Op", "Comment", "ILLEGAL"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

var keywords = map[string]bool{"func": true, "var": true, "if": true, "else": true, "return": true, "for": true, "package": true}

var operators = []string{":=", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";", ".", "!"}

type Lexer struct {
	src       string
	pos       int
	line, col int
}

func (l *Lexer) peek() rune {
	r, _ := utf8.DecodeRuneInString(l.src[l.pos:])
	return r
}

func (l *Lexer) advance() rune {
	r, w := utf8.DecodeRuneInString(l.src[l.pos:])
	l.pos += w
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) Next() (Token, bool) {
	for l.pos < len(l.src) && unicode.IsSpace(l.peek()) {
		l.advance()
	}
	if l.pos >= len(l.src) {
		return Token{}, false
	}
	start, line, col := l.pos, l.line, l.col
	r := l.peek()
	kind := Illegal
	switch {
	case unicode.IsLetter(r) || r == '_':
		for l.pos < len(l.src) && (unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_') {
			l.advance()
		}
		kind = Ident
		if keywords[l.src[start:l.pos]] {
			kind = Keyword
		}
	case unicode.IsDigit(r):
		kind = Int
		for l.pos < len(l.src) && (unicode.IsDigit(l.peek()) || l.peek() == '.' || l.peek() == '_') {
			if l.advance() == '.' {
				kind = Float
			}
		}
	case r == '"' || r == '\'':
		quote := l.advance()
		kind = String
		if quote == '\'' {
			kind = Char
		}
		for {
			if l.pos >= len(l.src) || l.peek() == '\n' {
				kind = Illegal
				break
			}
			c := l.advance()
			if c == '\\' && l.pos < len(l.src) {
				l.advance()
				continue
			}
			if c == quote {
				break
			}
		}
	case strings.HasPrefix(l.src[l.pos:], "//"):
		for l.pos < len(l.src) && l.peek() != '\n' {
			l.advance()
		}
		kind = Comment
	default:
		for _, op := range operators {
			if strings.HasPrefix(l.src[l.pos:], op) {
				for range op {
					l.advance()
				}
				kind = Operator
				break
			}
		}
		if kind == Illegal {
			l.advance()
		}
	}
	return Token{kind, l.src[start:l.pos], line, col}, true
}

const source = `package main

// compute things
func añadir(x, y int) int {
	z := x + y*2 // double y
	if z >= 10 && x != 0 {
		return z - 1_000
	}
	s := "hi \"there\""
	c := '\n'
	f := 3.14
	return z # oops
}
var bad = "unterminated
`

func main() {
	l := &Lexer{src: source, line: 1, col: 1}
	counts := map[Kind]int{}
	var line []string
	curLine := 1
	for {
		tok, ok := l.Next()
		if !ok {
			break
		}
		counts[tok.Kind]++
		if tok.Line != curLine {
			fmt.Printf("%2d: %s\n", curLine, strings.Join(line, " "))
			line, curLine = nil, tok.Line
		}
		if tok.Kind == Ident || tok.Kind == Operator || tok.Kind == Keyword {
			line = append(line, tok.Text)
		} else {
			line = append(line, fmt.Sprintf("%v(%s)@%d", tok.Kind, tok.Text, tok.Col))
		}
	}
	fmt.Printf("%2d: %s\n", curLine, strings.Join(line, " "))
	for k := Ident; k <= Illegal; k++ {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println("|")
	fmt.Println(counts)
}

// Output:
//  1: package main
//  3: Comment(// compute things)@1
//  4: func añadir ( x , y int ) int {
//  5: z := x + y * Int(2)@13 Comment(// double y)@15
//  6: if z >= Int(10)@10 && x != Int(0)@21 {
//  7: return z - Int(1_000)@14
//  8: }
//  9: s := String("hi \"there\"")@7
// 10: c := Char('\n')@7
// 11: f := Float(3.14)@7
// 12: return z ILLEGAL(#)@11 oops
// 13: }
// 14: var bad = ILLEGAL("unterminated)@11
// Ident=18 Keyword=6 Int=4 Float=1 String=1 Char=1 Op=18 Comment=2 ILLEGAL=2 |
// map[Ident:18 Keyword:6 Int:4 Float:1 String:1 Char:1 Op:18 Comment:2 ILLEGAL:2]
