package main

import (
	"errors"
	"fmt"
)

type InsufficientFunds struct {
	Account string
	Need    int
	Have    int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (need %d, have %d)", e.Account, e.Need, e.Have)
}

type Account struct {
	ID      string
	Balance int
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return &InsufficientFunds{a.ID, n, a.Balance}
	}
	a.Balance -= n
	return nil
}

func must(err error) {
	if err != nil {
		panic(fmt.Errorf("must: %w", err))
	}
}

func main() {
	acct := &Account{"CHK-001", 100}
	for _, amt := range []int{30, 50} {
		must(acct.Withdraw(amt))
		fmt.Println("withdrew", amt, "balance", acct.Balance)
	}
	err := acct.Withdraw(40)
	var ife *InsufficientFunds
	fmt.Println(errors.As(err, &ife), ife.Need-ife.Have)
	must(err)
}

// Output:
// withdrew 30 balance 70
// withdrew 50 balance 20
// true 20
// Error:
// panic: must: account CHK-001: insufficient funds (need 40, have 20)
