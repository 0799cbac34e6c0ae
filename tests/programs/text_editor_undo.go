package main

import (
	"errors"
	"fmt"
	"strings"
)

type Command interface {
	Do(doc *Document) error
	Undo(doc *Document)
	String() string
}

type Document struct {
	text   []rune
	cursor int
}

type Insert struct {
	Pos  int
	Text string
}

type Delete struct {
	Pos, N  int
	removed []rune
}

type Replace struct {
	Old, New string
	hits     []int
}

var ErrRange = errors.New("position out of range")

func (c *Insert) Do(d *Document) error {
	if c.Pos < 0 || c.Pos > len(d.text) {
		return fmt.Errorf("insert at %d: %w", c.Pos, ErrRange)
	}
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
	d.cursor = c.Pos + len(r)
	return nil
}

func (c *Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
	d.cursor = c.Pos
}

func (c *Insert) String() string { return fmt.Sprintf("insert(%d,%q)", c.Pos, c.Text) }

func (c *Delete) Do(d *Document) error {
	if c.Pos < 0 || c.Pos+c.N > len(d.text) {
		return fmt.Errorf("delete %d..%d: %w", c.Pos, c.Pos+c.N, ErrRange)
	}
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
	d.cursor = c.Pos
	return nil
}

func (c *Delete) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(append([]rune(nil), c.removed...), d.text[c.Pos:]...)...)
	d.cursor = c.Pos + c.N
}

func (c *Delete) String() string { return fmt.Sprintf("delete(%d,%d)", c.Pos, c.N) }

func (c *Replace) Do(d *Document) error {
	s := string(d.text)
	if !strings.Contains(s, c.Old) {
		return fmt.Errorf("replace: %q not found", c.Old)
	}
	c.hits = c.hits[:0]
	for i := 0; ; {
		j := strings.Index(s[i:], c.Old)
		if j < 0 {
			break
		}
		c.hits = append(c.hits, i+j)
		i += j + len(c.Old)
	}
	d.text = []rune(strings.ReplaceAll(s, c.Old, c.New))
	return nil
}

func (c *Replace) Undo(d *Document) {
	s := string(d.text)
	// rebuild from the recorded byte offsets, last first
	for k := len(c.hits) - 1; k >= 0; k-- {
		at := c.hits[k] + k*(len(c.New)-len(c.Old))
		s = s[:at] + c.Old + s[at+len(c.New):]
	}
	d.text = []rune(s)
}

func (c *Replace) String() string { return fmt.Sprintf("replace(%q->%q)", c.Old, c.New) }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Exec(c Command) error {
	if err := c.Do(&e.doc); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	e.redo = nil
	return nil
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	_ = c.Do(&e.doc)
	e.undo = append(e.undo, c)
	return true
}

func (e *Editor) show(label string) {
	fmt.Printf("%-22s %-32q cursor=%d undo=%d redo=%d\n", label, string(e.doc.text), e.doc.cursor, len(e.undo), len(e.redo))
}

func main() {
	e := &Editor{}
	steps := []Command{
		&Insert{0, "Hello world"},
		&Insert{5, ","},
		&Insert{12, "!"},
		&Delete{Pos: 0, N: 5},
		&Insert{0, "Héllo"},
		&Replace{Old: "l", New: "LL"},
		&Delete{Pos: 100, N: 1},
		&Replace{Old: "zzz", New: "y"},
	}
	for _, c := range steps {
		if err := e.Exec(c); err != nil {
			fmt.Println("error:", err, "| range error:", errors.Is(err, ErrRange))
			continue
		}
		e.show(c.String())
	}
	for e.Undo() {
		e.show("undo")
	}
	e.Redo()
	e.Redo()
	e.show("redo x2")
	e.Exec(&Insert{0, ">> "})
	e.show("new edit clears redo")
	fmt.Println(e.Redo(), e.Undo(), e.Undo(), e.Undo(), e.Undo())
	e.show("final")
}

// Output:
// insert(0,"Hello world") "Hello world"                    cursor=11 undo=1 redo=0
// insert(5,",")          "Hello, world"                   cursor=6 undo=2 redo=0
// insert(12,"!")         "Hello, world!"                  cursor=13 undo=3 redo=0
// delete(0,5)            ", world!"                       cursor=0 undo=4 redo=0
// insert(0,"Héllo")      "Héllo, world!"                  cursor=5 undo=5 redo=0
// replace("l"->"LL")     "HéLLLLo, worLLd!"               cursor=5 undo=6 redo=0
// error: delete 100..101: position out of range | range error: true
// error: replace: "zzz" not found | range error: false
// undo                   "Héllo, world!"                  cursor=5 undo=5 redo=1
// undo                   ", world!"                       cursor=0 undo=4 redo=2
// undo                   "Hello, world!"                  cursor=5 undo=3 redo=3
// undo                   "Hello, world"                   cursor=12 undo=2 redo=4
// undo                   "Hello world"                    cursor=5 undo=1 redo=5
// undo                   ""                               cursor=0 undo=0 redo=6
// redo x2                "Hello, world"                   cursor=6 undo=2 redo=4
// new edit clears redo   ">> Hello, world"                cursor=3 undo=3 redo=0
// false true true true false
// final                  ""                               cursor=0 undo=0 redo=3
