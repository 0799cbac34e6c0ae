package main

import (
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Idle State = iota
	HasMoney
	Vending
	OutOfService
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Vending:
		return "Vending"
	case OutOfService:
		return "OutOfService"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind string
	Arg  string
	Cash int
}

type Product struct {
	Price int
	Stock int
}

type Machine struct {
	state    State
	credit   int
	products map[string]*Product
	bank     int
	history  []string
}

var coins = map[int]bool{5: true, 10: true, 25: true, 100: true}

func (m *Machine) transition(to State, why string) {
	m.history = append(m.history, fmt.Sprintf("%v->%v (%s)", m.state, to, why))
	m.state = to
}

func change(amount int) []int {
	var out []int
	for _, c := range []int{100, 25, 10, 5} {
		for amount >= c {
			out = append(out, c)
			amount -= c
		}
	}
	return out
}

func (m *Machine) Handle(e Event) string {
	switch m.state {
	case OutOfService:
		if e.Kind == "service" {
			m.transition(Idle, "serviced")
			for _, p := range m.products {
				p.Stock += 2
			}
			return "restocked"
		}
		return "out of service"
	case Idle, HasMoney:
		switch e.Kind {
		case "coin":
			if !coins[e.Cash] {
				return fmt.Sprintf("rejected coin %d", e.Cash)
			}
			m.credit += e.Cash
			if m.state == Idle {
				m.transition(HasMoney, "coin")
			}
			return fmt.Sprintf("credit %d", m.credit)
		case "select":
			p, ok := m.products[e.Arg]
			switch {
			case !ok:
				return "unknown product " + e.Arg
			case p.Stock == 0:
				return e.Arg + " sold out"
			case m.credit < p.Price:
				return fmt.Sprintf("insert %d more for %s", p.Price-m.credit, e.Arg)
			}
			m.transition(Vending, "select "+e.Arg)
			p.Stock--
			m.bank += p.Price
			ch := change(m.credit - p.Price)
			m.credit = 0
			msg := fmt.Sprintf("vend %s, change %v", e.Arg, ch)
			if m.totalStock() == 0 {
				m.transition(OutOfService, "empty")
			} else {
				m.transition(Idle, "done")
			}
			return msg
		case "refund":
			if m.credit == 0 {
				return "nothing to refund"
			}
			ch := change(m.credit)
			m.credit = 0
			m.transition(Idle, "refund")
			return fmt.Sprintf("refund %v", ch)
		}
	}
	return fmt.Sprintf("ignored %q in %v", e.Kind, m.state)
}

func (m *Machine) totalStock() int {
	n := 0
	for _, p := range m.products {
		n += p.Stock
	}
	return n
}

func main() {
	m := &Machine{products: map[string]*Product{
		"cola":  {125, 2},
		"chips": {75, 1},
		"gum":   {40, 0},
	}}
	events := []Event{
		{"select", "cola", 0}, {"coin", "", 100}, {"coin", "", 3}, {"select", "cola", 0},
		{"coin", "", 25}, {"select", "cola", 0}, {"coin", "", 100}, {"select", "gum", 0},
		{"select", "chips", 0}, {"coin", "", 10}, {"refund", "", 0}, {"refund", "", 0},
		{"coin", "", 100}, {"coin", "", 100}, {"select", "cola", 0}, {"coin", "", 5},
		{"service", "", 0}, {"select", "tea", 0}, {"coin", "", 25}, {"select", "gum", 0},
	}
	for i, e := range events {
		desc := e.Kind
		if e.Arg != "" {
			desc += " " + e.Arg
		}
		if e.Cash != 0 {
			desc += fmt.Sprint(" ", e.Cash)
		}
		fmt.Printf("%2d %-13s -> %s\n", i+1, desc, m.Handle(e))
	}
	fmt.Println("state:", m.state, "bank:", m.bank, "credit:", m.credit)
	names := make([]string, 0)
	for n := range m.products {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s:%d ", n, m.products[n].Stock)
	}
	fmt.Println("|", State(7))
	fmt.Println(strings.Join(m.history, "\n"))
}

// Output:
//  1 select cola   -> insert 125 more for cola
//  2 coin 100      -> credit 100
//  3 coin 3        -> rejected coin 3
//  4 select cola   -> insert 25 more for cola
//  5 coin 25       -> credit 125
//  6 select cola   -> vend cola, change []
//  7 coin 100      -> credit 100
//  8 select gum    -> gum sold out
//  9 select chips  -> vend chips, change [25]
// 10 coin 10       -> credit 10
// 11 refund        -> refund [10]
// 12 refund        -> nothing to refund
// 13 coin 100      -> credit 100
// 14 coin 100      -> credit 200
// 15 select cola   -> vend cola, change [25 25 25]
// 16 coin 5        -> out of service
// 17 service       -> restocked
// 18 select tea    -> unknown product tea
// 19 coin 25       -> credit 25
// 20 select gum    -> insert 15 more for gum
// state: HasMoney bank: 325 credit: 25
// chips:2 cola:2 gum:2 | State(7)
// Idle->HasMoney (coin)
// HasMoney->Vending (select cola)
// Vending->Idle (done)
// Idle->HasMoney (coin)
// HasMoney->Vending (select chips)
// Vending->Idle (done)
// Idle->HasMoney (coin)
// HasMoney->Idle (refund)
// Idle->HasMoney (coin)
// HasMoney->Vending (select cola)
// Vending->OutOfService (empty)
// OutOfService->Idle (serviced)
// Idle->HasMoney (coin)
