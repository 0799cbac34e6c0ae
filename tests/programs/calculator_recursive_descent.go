package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string {
	switch k {
	case NUM:
		return "NUM"
	case OP:
		return "OP"
	case LPAREN:
		return "LPAREN"
	case RPAREN:
		return "RPAREN"
	}
	return "EOF"
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(s) {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(s) && (unicode.IsDigit(rune(s[i])) || s[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, s[start:i], start})
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	toks = append(toks, Token{EOF, "", len(s)})
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

var ErrDivZero = errors.New("division by zero")

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}

// expr := term (('+'|'-') term)*
func (p *Parser) expr() (float64, error) {
	left, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		right, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			left += right
		} else {
			left -= right
		}
	}
	return left, nil
}

// term := power (('*'|'/'|'%') power)*
func (p *Parser) term() (float64, error) {
	left, err := p.power()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && strings.Contains("*/%", p.peek().Text) {
		op := p.next().Text
		right, err := p.power()
		if err != nil {
			return 0, err
		}
		switch op {
		case "*":
			left *= right
		case "/":
			if right == 0 {
				return 0, ErrDivZero
			}
			left /= right
		case "%":
			if right == 0 {
				return 0, ErrDivZero
			}
			left = float64(int(left) % int(right))
		}
	}
	return left, nil
}

// power := unary ('^' power)?
func (p *Parser) power() (float64, error) {
	base, err := p.unary()
	if err != nil {
		return 0, err
	}
	if p.peek().Kind == OP && p.peek().Text == "^" {
		p.next()
		exp, err := p.power()
		if err != nil {
			return 0, err
		}
		result := 1.0
		for i := 0; i < int(exp); i++ {
			result *= base
		}
		return result, nil
	}
	return base, nil
}

func (p *Parser) unary() (float64, error) {
	if p.peek().Kind == OP && p.peek().Text == "-" {
		p.next()
		v, err := p.unary()
		return -v, err
	}
	return p.primary()
}

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return 0, fmt.Errorf("bad number %q: %w", t.Text, err)
		}
		return v, nil
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.peek().Kind != RPAREN {
			return 0, fmt.Errorf("expected ) at %d, got %v", p.peek().Pos, p.peek().Kind)
		}
		p.next()
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err != nil {
		return 0, err
	}
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing input at %d", p.peek().Pos)
	}
	return v, nil
}

func main() {
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-4 + 10 / 4",
		"17 % 5 * 2",
		"1.5 * (2 - -3)",
		"10 / (5 - 5)",
		"3 + * 4",
		"2 * (3 + 4",
		"7 & 3",
		"1.2.3 + 1",
		"((((42))))",
		"1 2",
	}
	for _, in := range inputs {
		v, err := eval(in)
		if err != nil {
			if errors.Is(err, ErrDivZero) {
				fmt.Printf("%-16s => math error: %v\n", in, err)
			} else {
				fmt.Printf("%-16s => error: %v\n", in, err)
			}
			continue
		}
		fmt.Printf("%-16s => %g\n", in, v)
	}
}

// Output:
// 1 + 2 * 3        => 7
// (1 + 2) * 3      => 9
// 2 ^ 3 ^ 2        => 512
// -4 + 10 / 4      => -1.5
// 17 % 5 * 2       => 4
// 1.5 * (2 - -3)   => 7.5
// 10 / (5 - 5)     => math error: division by zero
// 3 + * 4          => error: unexpected OP "*" at 4
// 2 * (3 + 4       => error: expected ) at 10, got EOF
// 7 & 3            => error: unexpected character '&' at 2
// 1.2.3 + 1        => error: bad number "1.2.3": strconv.ParseFloat: parsing "1.2.3": invalid syntax
// ((((42))))       => 42
// 1 2              => error: trailing input at 2
