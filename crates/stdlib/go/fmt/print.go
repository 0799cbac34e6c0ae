// Package fmt implements formatted I/O with functions analogous to C's printf and scanf (Amber's version:
// printing with Go's verbs, flags and output; scanning from strings and readers in scan.go).
//
// The formatting itself is done by a native (render) that walks the values. Natives cannot call guest code,
// so the Error, String and GoString methods fmt must call are resolved here: render reports them as pending,
// this file calls them (recovering panics as Go's fmt does), and render runs again with their results.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which defines the "native" format for that
// value. The String method is used to print values passed as an operand to any format that accepts a string
// or to an unformatted printer such as Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go syntax for that
// value. The GoString method is used to print values passed as an operand to a %#v format.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters. It provides access to the io.Writer
// interface plus information about the flags and options for the operand's format specifier.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The implementation controls how State
// and rune are interpreted, and may call Sprint() or Fprint(f) etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// What render is asked to do.
const (
	kindSprint   = 0
	kindSprintln = 1
	kindSprintf  = 2
	kindErrorf   = 3
)

// Which method a pending value needs (how & 3), and whether its receiver is a nil pointer (how & 4).
const (
	howError      = 0
	howString     = 1
	howGoString   = 2
	howFormat     = 3
	howNilReceive = 4
)

// render formats args (see crates/stdlib/src/natives/fmt.rs). results and panicked hold the outcomes of the
// method calls made so far, in walk order. The calls still to make are listed in how (which method, in
// order), their receivers in errs, strs, gostrs and fmts by method; fmtDirs holds four numbers per Format
// call (verb, flags, width, precision). For Errorf, nwrapped counts the %w verbs and wrapped holds their
// operands that are errors.
func render(kind int, format string, args []any, results []string, panicked []bool) (out string, errs []error, strs []Stringer, gostrs []GoStringer, how []int, wrapped []error, nwrapped int, fmts []Formatter, fmtDirs []int)

// writeStdout appends s to the program's standard output.
func writeStdout(s string)

// run renders until every method fmt needs has been called.
func run(kind int, format string, a []any) (string, []error, int) {
	var results []string
	var panicked []bool
	for {
		out, errs, strs, gostrs, how, wrapped, nwrapped, fmts, fmtDirs := render(kind, format, a, results, panicked)
		if len(how) == 0 {
			return out, wrapped, nwrapped
		}
		for _, h := range how {
			var s string
			var p bool
			switch h & 3 {
			case howError:
				s, p = callError(errs[0], h)
				errs = errs[1:]
			case howString:
				s, p = callString(strs[0], h)
				strs = strs[1:]
			case howFormat:
				st := &formatState{verb: rune(fmtDirs[0]), flags: fmtDirs[1], wid: fmtDirs[2], prec: fmtDirs[3]}
				s, p = callFormat(fmts[0], st, h)
				fmts, fmtDirs = fmts[1:], fmtDirs[4:]
			default:
				s, p = callGoString(gostrs[0], h)
				gostrs = gostrs[1:]
			}
			results = append(results, s)
			panicked = append(panicked, p)
		}
	}
}

// panicText is what fmt prints for a method that panicked with r: r as Sprint shows it, or nothing when the
// receiver was a nil pointer (fmt then prints <nil>).
func panicText(r any, how int) string {
	if how&howNilReceive != 0 {
		return ""
	}
	return Sprint(r)
}

func callError(v error, how int) (s string, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			s, panicked = panicText(r, how), true
		}
	}()
	return v.Error(), false
}

func callString(v Stringer, how int) (s string, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			s, panicked = panicText(r, how), true
		}
	}()
	return v.String(), false
}

// formatState is the State a Format method writes to.
type formatState struct {
	buf   []byte
	verb  rune
	flags int // 1 '-', 2 '+', 4 '#', 8 ' ', 16 '0'
	wid   int // -1: none
	prec  int // -1: none
}

func (st *formatState) Write(b []byte) (n int, err error) {
	st.buf = append(st.buf, b...)
	return len(b), nil
}

func (st *formatState) WriteString(s string) (n int, err error) {
	st.buf = append(st.buf, s...)
	return len(s), nil
}

func (st *formatState) Width() (wid int, ok bool) {
	if st.wid < 0 {
		return 0, false
	}
	return st.wid, true
}

func (st *formatState) Precision() (prec int, ok bool) {
	if st.prec < 0 {
		return 0, false
	}
	return st.prec, true
}

func (st *formatState) Flag(c int) bool {
	switch c {
	case '-':
		return st.flags&1 != 0
	case '+':
		return st.flags&2 != 0
	case '#':
		return st.flags&4 != 0
	case ' ':
		return st.flags&8 != 0
	case '0':
		return st.flags&16 != 0
	}
	return false
}

func callFormat(v Formatter, st *formatState, how int) (s string, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			s, panicked = panicText(r, how), true
		}
	}()
	v.Format(st, st.verb)
	return string(st.buf), false
}

func callGoString(v GoStringer, how int) (s string, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			s, panicked = panicText(r, how), true
		}
	}()
	return v.GoString(), false
}

// Sprint formats using the default formats for its operands and returns the resulting string. Spaces are
// added between operands when neither is a string.
func Sprint(a ...any) string {
	s, _, _ := run(kindSprint, "", a)
	return s
}

// Sprintln formats using the default formats for its operands and returns the resulting string. Spaces are
// always added between operands and a newline is appended.
func Sprintln(a ...any) string {
	s, _, _ := run(kindSprintln, "", a)
	return s
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	s, _, _ := run(kindSprintf, format, a)
	return s
}

// Print formats using the default formats for its operands and writes to standard output. Spaces are added
// between operands when neither is a string. It returns the number of bytes written.
func Print(a ...any) (n int, err error) {
	s := Sprint(a...)
	writeStdout(s)
	return len(s), nil
}

// Println formats using the default formats for its operands and writes to standard output. Spaces are
// always added between operands and a newline is appended.
func Println(a ...any) (n int, err error) {
	s := Sprintln(a...)
	writeStdout(s)
	return len(s), nil
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	s := Sprintf(format, a...)
	writeStdout(s)
	return len(s), nil
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to w, with spaces between operands
// and a final newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Append formats using the default formats for its operands, appends the result to the byte slice, and
// returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats like Sprintln and appends the result to the byte slice.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Appendf formats according to a format specifier, appends the result to the byte slice, and returns the
// updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Errorf formats according to a format specifier and returns the string as a value that satisfies error.
//
// With one %w verb whose operand is an error, the result has an Unwrap method returning that operand; with
// several, an Unwrap method returning the list of them, in argument order. %w with an operand that is not an
// error is rendered as a bad verb and not wrapped.
func Errorf(format string, a ...any) error {
	s, wrapped, nwrapped := run(kindErrorf, format, a)
	switch nwrapped {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		if len(wrapped) == 1 {
			w.err = wrapped[0]
		}
		return w
	}
	return &wrapErrors{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
