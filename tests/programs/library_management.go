package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type ISBN string

type Book struct {
	ISBN   ISBN
	Title  string
	Author string
	Year   int
	Copies int
	OnLoan int
	Holds  []string
}

type Member struct {
	Name  string
	Loans map[ISBN]int // isbn -> due day
	Fines int
}

type Library struct {
	books   map[ISBN]*Book
	members map[string]*Member
	today   int
	events  []string
}

var (
	ErrNoCopies  = errors.New("no copies available")
	ErrLimit     = errors.New("loan limit reached")
	ErrNotLoaned = errors.New("book not on loan to member")
	ErrUnknown   = errors.New("unknown book or member")
)

const loanDays, maxLoans, finePerDay = 14, 2, 25

func (l *Library) logf(format string, args ...any) {
	l.events = append(l.events, fmt.Sprintf("day %2d: ", l.today)+fmt.Sprintf(format, args...))
}

func (l *Library) Borrow(name string, isbn ISBN) error {
	m, ok1 := l.members[name]
	b, ok2 := l.books[isbn]
	if !ok1 || !ok2 {
		return fmt.Errorf("borrow %s/%s: %w", name, isbn, ErrUnknown)
	}
	if len(m.Loans) >= maxLoans {
		return fmt.Errorf("%s: %w", name, ErrLimit)
	}
	if b.OnLoan >= b.Copies || (len(b.Holds) > 0 && b.Holds[0] != name) {
		if !contains(b.Holds, name) {
			b.Holds = append(b.Holds, name)
		}
		return fmt.Errorf("%q: %w (hold placed, position %d)", b.Title, ErrNoCopies, indexOf(b.Holds, name)+1)
	}
	if len(b.Holds) > 0 && b.Holds[0] == name {
		b.Holds = b.Holds[1:]
	}
	b.OnLoan++
	m.Loans[isbn] = l.today + loanDays
	l.logf("%s borrows %q, due day %d", name, b.Title, l.today+loanDays)
	return nil
}

func (l *Library) Return(name string, isbn ISBN) (int, error) {
	m := l.members[name]
	due, ok := m.Loans[isbn]
	if !ok {
		return 0, fmt.Errorf("%s/%s: %w", name, isbn, ErrNotLoaned)
	}
	delete(m.Loans, isbn)
	b := l.books[isbn]
	b.OnLoan--
	fine := 0
	if late := l.today - due; late > 0 {
		fine = late * finePerDay
		m.Fines += fine
	}
	l.logf("%s returns %q (fine %d)", name, b.Title, fine)
	return fine, nil
}

func contains(xs []string, s string) bool { return indexOf(xs, s) >= 0 }
func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

func (l *Library) Catalog() []*Book {
	var bs []*Book
	for _, b := range l.books {
		bs = append(bs, b)
	}
	sort.Slice(bs, func(i, j int) bool {
		if bs[i].Author != bs[j].Author {
			return bs[i].Author < bs[j].Author
		}
		return bs[i].Year < bs[j].Year
	})
	return bs
}

func main() {
	lib := &Library{books: map[ISBN]*Book{}, members: map[string]*Member{}}
	for _, b := range []Book{
		{"111", "The Go Programming Language", "Donovan", 2015, 1, 0, nil},
		{"222", "Structure and Interpretation", "Abelson", 1985, 2, 0, nil},
		{"333", "The C Programming Language", "Kernighan", 1978, 1, 0, nil},
		{"444", "The Practice of Programming", "Kernighan", 1999, 1, 0, nil},
	} {
		b := b
		lib.books[b.ISBN] = &b
	}
	for _, n := range []string{"ann", "ben", "cy"} {
		lib.members[n] = &Member{Name: n, Loans: map[ISBN]int{}}
	}
	type action struct {
		day    int
		who    string
		isbn   ISBN
		borrow bool
	}
	actions := []action{
		{1, "ann", "111", true}, {1, "ben", "111", true}, {2, "cy", "111", true}, {3, "ann", "333", true},
		{4, "ann", "222", true}, {5, "ben", "999", true}, {10, "ann", "111", false}, {11, "cy", "111", true},
		{12, "ben", "111", true}, {20, "ann", "333", false}, {30, "cy", "111", false}, {31, "ben", "111", true},
		{32, "ben", "444", false},
	}
	for _, a := range actions {
		lib.today = a.day
		var err error
		if a.borrow {
			err = lib.Borrow(a.who, a.isbn)
		} else {
			_, err = lib.Return(a.who, a.isbn)
		}
		if err != nil {
			tag := ""
			switch {
			case errors.Is(err, ErrNoCopies):
				tag = "WAIT"
			case errors.Is(err, ErrLimit):
				tag = "LIMIT"
			case errors.Is(err, ErrUnknown), errors.Is(err, ErrNotLoaned):
				tag = "BAD"
			}
			lib.logf("%-5s %v", tag, err)
		}
	}
	fmt.Println(strings.Join(lib.events, "\n"))
	for _, b := range lib.Catalog() {
		fmt.Printf("%-10s %d %-30s %d/%d on loan, holds %v\n", b.Author, b.Year, b.Title, b.OnLoan, b.Copies, b.Holds)
	}
	for _, n := range []string{"ann", "ben", "cy"} {
		m := lib.members[n]
		fmt.Printf("%s: loans=%v fines=$%d.%02d\n", n, m.Loans, m.Fines/100, m.Fines%100)
	}
}

// Output:
// day  1: ann borrows "The Go Programming Language", due day 15
// day  1: WAIT  "The Go Programming Language": no copies available (hold placed, position 1)
// day  2: WAIT  "The Go Programming Language": no copies available (hold placed, position 2)
// day  3: ann borrows "The C Programming Language", due day 17
// day  4: LIMIT ann: loan limit reached
// day  5: BAD   borrow ben/999: unknown book or member
// day 10: ann returns "The Go Programming Language" (fine 0)
// day 11: WAIT  "The Go Programming Language": no copies available (hold placed, position 2)
// day 12: ben borrows "The Go Programming Language", due day 26
// day 20: ann returns "The C Programming Language" (fine 75)
// day 30: BAD   cy/111: book not on loan to member
// day 31: WAIT  "The Go Programming Language": no copies available (hold placed, position 2)
// day 32: BAD   ben/444: book not on loan to member
// Abelson    1985 Structure and Interpretation   0/2 on loan, holds []
// Donovan    2015 The Go Programming Language    1/1 on loan, holds [cy ben]
// Kernighan  1978 The C Programming Language     0/1 on loan, holds []
// Kernighan  1999 The Practice of Programming    0/1 on loan, holds []
// ann: loans=map[] fines=$0.75
// ben: loans=map[111:26] fines=$0.00
// cy: loans=map[] fines=$0.00
