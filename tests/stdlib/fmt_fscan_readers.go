package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// point implements fmt.Scanner.
type point struct{ x, y int }

func (p *point) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, func(r rune) bool { return r != ')' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	_, err = fmt.Sscanf(string(tok), "(%d,%d", &p.x, &p.y)
	if err != nil {
		return err
	}
	r, _, err := state.ReadRune()
	if err != nil {
		return err
	}
	if r != ')' {
		return errors.New("missing )")
	}
	return nil
}

// slowReader hands out one byte per Read, and is not an io.RuneScanner.
type slowReader struct{ data []byte }

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	p[0] = s.data[0]
	s.data = s.data[1:]
	return 1, nil
}

func main() {
	rd := strings.NewReader("10 20\n30 40\n")
	for {
		var a, b int
		n, err := fmt.Fscanln(rd, &a, &b)
		fmt.Println(n, err, a, b)
		if err != nil {
			break
		}
	}
	buf := bytes.NewBufferString("3\nalpha 1.5\nbeta 2.5\ngamma x\n")
	var cnt int
	fmt.Fscan(buf, &cnt)
	for k := 0; k < cnt; k++ {
		var name string
		var v float64
		n, err := fmt.Fscan(buf, &name, &v)
		fmt.Println(n, err, name, v)
	}
	var i, j int
	n, err := fmt.Fscanf(strings.NewReader("7-8"), "%d-%d", &i, &j)
	fmt.Println(n, err, i, j)
	sr := &slowReader{data: []byte("héllo wörld 42\nnext")}
	var s1, s2 string
	n, err = fmt.Fscan(sr, &s1, &s2, &i)
	fmt.Println(n, err, s1, s2, i)
	var p, q point
	n, err = fmt.Sscan("(1,2) (3,4)", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("(5,6", &p)
	fmt.Println(n, err, p)
	lines := strings.NewReader("move 3 north\nmove 1 east\nstop\n")
	for {
		var verb, dir string
		var steps int
		n, err := fmt.Fscanf(lines, "%s %d %s\n", &verb, &steps, &dir)
		if err != nil {
			fmt.Println("stop:", n, err, verb)
			break
		}
		fmt.Println(verb, steps, dir)
	}
}

// Output:
// 2 <nil> 10 20
// 2 <nil> 30 40
// 0 EOF 0 0
// 2 <nil> alpha 1.5
// 2 <nil> beta 2.5
// 1 strconv.ParseFloat: parsing "": invalid syntax gamma 0
// 2 <nil> 7 8
// 3 <nil> héllo wörld 42
// 2 <nil> {1 2} {3 4}
// 0 unexpected EOF {5 6}
// move 3 north
// move 1 east
// stop: 1 newline in input does not match format stop
