package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	History []Entry
}

type Entry struct {
	Kind   string
	Amount Cents
	Note   string
}

var (
	ErrNoAccount     = errors.New("no such account")
	ErrInsufficient  = errors.New("insufficient funds")
	ErrInvalidAmount = errors.New("invalid amount")
)

type TxError struct {
	Op      string
	Account string
	Err     error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %s: %v", e.Op, e.Account, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Bank struct {
	accounts map[string]*Account
	nextID   int
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]*Account)}
}

func (b *Bank) Open(owner string, initial Cents) *Account {
	b.nextID++
	id := fmt.Sprintf("ACC%03d", b.nextID)
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	if initial > 0 {
		a.Balance = initial
		a.History = append(a.History, Entry{"open", initial, "initial deposit"})
	}
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, ErrNoAccount
	}
	return a, nil
}

func (b *Bank) Deposit(id string, amt Cents) error {
	if amt <= 0 {
		return &TxError{"deposit", id, ErrInvalidAmount}
	}
	a, err := b.get(id)
	if err != nil {
		return &TxError{"deposit", id, err}
	}
	a.Balance += amt
	a.History = append(a.History, Entry{"deposit", amt, ""})
	return nil
}

func (b *Bank) Withdraw(id string, amt Cents) error {
	a, err := b.get(id)
	if err != nil {
		return &TxError{"withdraw", id, err}
	}
	if amt > a.Balance {
		return &TxError{"withdraw", id, fmt.Errorf("%w: have %v, need %v", ErrInsufficient, a.Balance, amt)}
	}
	a.Balance -= amt
	a.History = append(a.History, Entry{"withdraw", -amt, ""})
	return nil
}

func (b *Bank) Transfer(from, to string, amt Cents) error {
	if _, err := b.get(to); err != nil {
		return &TxError{"transfer", to, err}
	}
	if err := b.Withdraw(from, amt); err != nil {
		return fmt.Errorf("transfer aborted: %w", err)
	}
	// cannot fail: destination checked above
	_ = b.Deposit(to, amt)
	b.accounts[from].History[len(b.accounts[from].History)-1].Note = "to " + to
	b.accounts[to].History[len(b.accounts[to].History)-1].Note = "from " + from
	return nil
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		ai, aj := b.accounts[ids[i]], b.accounts[ids[j]]
		if ai.Balance != aj.Balance {
			return ai.Balance > aj.Balance
		}
		return ai.ID < aj.ID
	})
	var total Cents
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("%-7s %-6s %10v  (%d entries)\n", a.ID, a.Owner, a.Balance, len(a.History))
	}
	fmt.Println(strings.Repeat("-", 36))
	fmt.Printf("%-14s %10v\n", "TOTAL", total)
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 10000)
	bob := bank.Open("bob", 2550)
	carol := bank.Open("carol", 0)

	steps := []struct {
		desc string
		fn   func() error
	}{
		{"alice deposits 12.34", func() error { return bank.Deposit(alice.ID, 1234) }},
		{"bob withdraws 30.00", func() error { return bank.Withdraw(bob.ID, 3000) }},
		{"alice -> carol 50.00", func() error { return bank.Transfer(alice.ID, carol.ID, 5000) }},
		{"carol -> ghost 1.00", func() error { return bank.Transfer(carol.ID, "ACC999", 100) }},
		{"carol deposits -5", func() error { return bank.Deposit(carol.ID, -5) }},
		{"bob -> alice 25.50", func() error { return bank.Transfer(bob.ID, alice.ID, 2550) }},
		{"bob -> alice 0.01", func() error { return bank.Transfer(bob.ID, alice.ID, 1) }},
	}
	for _, s := range steps {
		err := s.fn()
		switch {
		case err == nil:
			fmt.Printf("ok     %s\n", s.desc)
		case errors.Is(err, ErrInsufficient):
			var te *TxError
			if errors.As(err, &te) {
				fmt.Printf("FUNDS  %s [op=%s acct=%s]: %v\n", s.desc, te.Op, te.Account, err)
			}
		case errors.Is(err, ErrNoAccount):
			fmt.Printf("NOACCT %s: %v\n", s.desc, err)
		default:
			fmt.Printf("ERROR  %s: %v\n", s.desc, err)
		}
	}
	fmt.Println()
	bank.Report()
	fmt.Println()
	for _, e := range alice.History {
		fmt.Printf("%-8s %9v %q\n", e.Kind, e.Amount, e.Note)
	}
}

// Output:
// ok     alice deposits 12.34
// FUNDS  bob withdraws 30.00 [op=withdraw acct=ACC002]: withdraw ACC002: insufficient funds: have $25.50, need $30.00
// ok     alice -> carol 50.00
// NOACCT carol -> ghost 1.00: transfer ACC999: no such account
// ERROR  carol deposits -5: deposit ACC003: invalid amount
// ok     bob -> alice 25.50
// FUNDS  bob -> alice 0.01 [op=withdraw acct=ACC002]: transfer aborted: withdraw ACC002: insufficient funds: have $0.00, need $0.01
//
// ACC001  alice      $87.84  (4 entries)
// ACC003  carol      $50.00  (1 entries)
// ACC002  bob         $0.00  (2 entries)
// ------------------------------------
// TOTAL             $137.84
//
// open       $100.00 "initial deposit"
// deposit     $12.34 ""
// withdraw   -$50.00 "to ACC003"
// deposit     $25.50 "from ACC002"
