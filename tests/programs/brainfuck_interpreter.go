package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrUnbalanced = errors.New("unbalanced brackets")
	ErrSteps      = errors.New("step limit exceeded")
	ErrTape       = errors.New("tape pointer out of range")
)

type Machine struct {
	code  []byte
	jumps map[int]int
	tape  [300]byte
	ptr   int
	steps int
	out   strings.Builder
}

func Compile(src string) (*Machine, error) {
	m := &Machine{jumps: map[int]int{}}
	for i := 0; i < len(src); i++ {
		if strings.IndexByte("+-<>[].,", src[i]) >= 0 {
			m.code = append(m.code, src[i])
		}
	}
	var stack []int
	for i, c := range m.code {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("%w: extra ']' at %d", ErrUnbalanced, i)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			m.jumps[open], m.jumps[i] = i, open
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%w: %d unclosed '['", ErrUnbalanced, len(stack))
	}
	return m, nil
}

func (m *Machine) Run(input string, limit int) error {
	in := 0
	for pc := 0; pc < len(m.code); pc++ {
		m.steps++
		if m.steps > limit {
			return ErrSteps
		}
		switch m.code[pc] {
		case '+':
			m.tape[m.ptr]++
		case '-':
			m.tape[m.ptr]--
		case '>':
			if m.ptr++; m.ptr >= len(m.tape) {
				return fmt.Errorf("%w: %d", ErrTape, m.ptr)
			}
		case '<':
			if m.ptr--; m.ptr < 0 {
				return fmt.Errorf("%w: %d", ErrTape, m.ptr)
			}
		case '.':
			m.out.WriteByte(m.tape[m.ptr])
		case ',':
			if in < len(input) {
				m.tape[m.ptr] = input[in]
				in++
			} else {
				m.tape[m.ptr] = 0
			}
		case '[':
			if m.tape[m.ptr] == 0 {
				pc = m.jumps[pc]
			}
		case ']':
			if m.tape[m.ptr] != 0 {
				pc = m.jumps[pc]
			}
		}
	}
	return nil
}

const hello = `++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.`

// rot13 in brainfuck is long; use a simpler program: reverse the input.
const reverse = `>,[>,]<[.<]`

const addDigits = `,>,[<+>-]<------------------------------------------------.`

func main() {
	programs := []struct {
		name, src, input string
	}{
		{"hello", hello, ""},
		{"reverse", reverse, "amber!"},
		{"add", addDigits, "34"},
		{"wrap", "-.", ""},
		{"loop", "+[]", ""},
		{"left", "<", ""},
		{"open", "[[]", ""},
		{"close", "]", ""},
	}
	for _, p := range programs {
		m, err := Compile(p.src)
		if err != nil {
			fmt.Printf("%-8s compile error: %v (unbalanced=%t)\n", p.name, err, errors.Is(err, ErrUnbalanced))
			continue
		}
		err = m.Run(p.input, 100000)
		fmt.Printf("%-8s %4d ops %6d steps out=%q err=%v\n", p.name, len(m.code), m.steps, m.out.String(), err)
	}
}

// Output:
// hello     102 ops    902 steps out="Hello World!" err=<nil>
// reverse    11 ops     41 steps out="!rebma" err=<nil>
// add        59 ops    314 steps out="7" err=<nil>
// wrap        2 ops      2 steps out="\xff" err=<nil>
// loop        3 ops 100001 steps out="" err=step limit exceeded
// left        1 ops      1 steps out="" err=tape pointer out of range: -1
// open     compile error: unbalanced brackets: 1 unclosed '[' (unbalanced=true)
// close    compile error: unbalanced brackets: extra ']' at 0 (unbalanced=true)
