package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrTimeout    = errors.New("timeout")
)

type ValidationError struct {
	Field string
	Value any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type QueryError struct {
	Query string
	Line  int
	Err   error
}

func (e *QueryError) Error() string {
	return "query " + strconv.Quote(e.Query) + " line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

func (e *QueryError) Unwrap() error { return e.Err }

// MultiError joins several errors and unwraps to all of them.
type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func (m MultiError) Unwrap() []error { return m }

type TemporaryError interface {
	Temporary() bool
}

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func lookup(user string) error {
	switch user {
	case "":
		return ValidationError{"user", `""`}
	case "root":
		return ErrPermission
	case "ghost":
		return fmt.Errorf("lookup %s: %w", user, ErrNotFound)
	case "slow":
		return &QueryError{"SELECT * FROM users", 3, fmt.Errorf("after 30s: %w", ErrTimeout)}
	case "flaky":
		return fmt.Errorf("dial: %w", netErr{"connection reset"})
	case "many":
		return MultiError{ErrNotFound, ValidationError{"age", -1}, netErr{"refused"}}
	case "both":
		return fmt.Errorf("two problems: %w and %w", ErrTimeout, ErrPermission)
	case "joined":
		return errors.Join(ErrNotFound, nil, fmt.Errorf("ctx: %w", ErrTimeout))
	}
	return nil
}

func handler(user string) error {
	if err := lookup(user); err != nil {
		return fmt.Errorf("handler(%q): %w", user, err)
	}
	return nil
}

func explain(err error) string {
	var b strings.Builder
	if errors.Is(err, ErrNotFound) {
		b.WriteString(" [notfound]")
	}
	if errors.Is(err, ErrPermission) {
		b.WriteString(" [perm]")
	}
	if errors.Is(err, ErrTimeout) {
		b.WriteString(" [timeout]")
	}
	var ve ValidationError
	if errors.As(err, &ve) {
		fmt.Fprintf(&b, " [validation field=%s]", ve.Field)
	}
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Fprintf(&b, " [query line=%d]", qe.Line)
	}
	var te TemporaryError
	if errors.As(err, &te) && te.Temporary() {
		b.WriteString(" [temporary]")
	}
	return b.String()
}

func depth(err error) int {
	d := 0
	for err != nil {
		d++
		err = errors.Unwrap(err)
	}
	return d
}

func main() {
	users := []string{"alice", "", "root", "ghost", "slow", "flaky", "many", "both", "joined"}
	for _, u := range users {
		err := handler(u)
		if err == nil {
			fmt.Printf("%-7q ok\n", u)
			continue
		}
		fmt.Printf("%-7q %v\n        depth=%d%s\n", u, err, depth(err), explain(err))
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	notWrapped := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Printf("%q\n", j.Error())
	var nilQE *QueryError
	fmt.Println(errors.As(handler("alice"), &nilQE), nilQE == nil)
}

// Output:
// "alice" ok
// ""      handler(""): invalid user: ""
//         depth=2 [validation field=user]
// "root"  handler("root"): permission denied
//         depth=2 [perm]
// "ghost" handler("ghost"): lookup ghost: not found
//         depth=3 [notfound]
// "slow"  handler("slow"): query "SELECT * FROM users" line 3: after 30s: timeout
//         depth=4 [timeout] [query line=3]
// "flaky" handler("flaky"): dial: connection reset
//         depth=3 [temporary]
// "many"  handler("many"): not found; invalid age: -1; refused
//         depth=2 [notfound] [validation field=age] [temporary]
// "both"  handler("both"): two problems: timeout and permission denied
//         depth=2 [perm] [timeout]
// "joined" handler("joined"): not found
// ctx: timeout
//         depth=2 [notfound] [timeout]
// middle: not found
// true
// false true
// true true
// "a\nb"
// false true
