package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Price    int // cents
	Qty      int
	Category string
}

type Inventory struct {
	items map[SKU]*Item
	log   []string
}

var ErrUnknownSKU = errors.New("unknown SKU")

type StockError struct {
	SKU        SKU
	Have, Want int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func NewInventory() *Inventory { return &Inventory{items: map[SKU]*Item{}} }

func (inv *Inventory) Add(it Item) {
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", it.SKU, it.Qty))
		return
	}
	copy := it
	inv.items[it.SKU] = &copy
	inv.log = append(inv.log, fmt.Sprintf("new %s (%s)", it.SKU, it.Name))
}

func (inv *Inventory) Remove(sku SKU, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < n {
		return StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("sold %s -%d", sku, n))
	return nil
}

type Order map[SKU]int

// Fulfill is all-or-nothing: it checks everything before removing anything.
func (inv *Inventory) Fulfill(o Order) (total int, err error) {
	skus := make([]SKU, 0, len(o))
	for s := range o {
		skus = append(skus, s)
	}
	sort.Slice(skus, func(i, j int) bool { return skus[i] < skus[j] })
	var errs []error
	for _, s := range skus {
		it, ok := inv.items[s]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("%q: %w", s, ErrUnknownSKU))
		case it.Qty < o[s]:
			errs = append(errs, StockError{s, it.Qty, o[s]})
		default:
			total += it.Price * o[s]
		}
	}
	if len(errs) > 0 {
		return 0, errors.Join(errs...)
	}
	for _, s := range skus {
		_ = inv.Remove(s, o[s])
	}
	return total, nil
}

func (inv *Inventory) Report() string {
	byCat := map[string][]*Item{}
	for _, it := range inv.items {
		byCat[it.Category] = append(byCat[it.Category], it)
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	var b strings.Builder
	grand := 0
	for _, c := range cats {
		list := byCat[c]
		sort.Slice(list, func(i, j int) bool { return list[i].SKU < list[j].SKU })
		sub := 0
		fmt.Fprintf(&b, "%s:\n", strings.ToUpper(c))
		for _, it := range list {
			value := it.Price * it.Qty
			sub += value
			flag := ""
			if it.Qty < 5 {
				flag = " LOW"
			}
			fmt.Fprintf(&b, "  %-6s %-14s %3d x %6.2f = %8.2f%s\n", it.SKU, it.Name, it.Qty, float64(it.Price)/100, float64(value)/100, flag)
		}
		fmt.Fprintf(&b, "  subtotal %.2f\n", float64(sub)/100)
		grand += sub
	}
	fmt.Fprintf(&b, "TOTAL %.2f", float64(grand)/100)
	return b.String()
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A100", "Widget", 250, 40, "parts"})
	inv.Add(Item{"A200", "Gadget", 1299, 8, "parts"})
	inv.Add(Item{"B100", "Manual", 499, 3, "books"})
	inv.Add(Item{"C300", "Cable 2m", 799, 15, "cables"})
	inv.Add(Item{"A100", "Widget", 250, 10, "parts"})

	orders := []Order{
		{"A100": 5, "C300": 2},
		{"A200": 10, "B100": 1, "Z999": 1},
		{"B100": 3},
		{"B100": 1},
	}
	for i, o := range orders {
		total, err := inv.Fulfill(o)
		if err != nil {
			fmt.Printf("order %d failed:\n  %s\n", i+1, strings.ReplaceAll(err.Error(), "\n", "\n  "))
			var se StockError
			fmt.Println("  unknown sku:", errors.Is(err, ErrUnknownSKU), "stock error:", errors.As(err, &se), se.SKU)
			continue
		}
		fmt.Printf("order %d ok: %d items %v, total %.2f\n", i+1, len(o), o, float64(total)/100)
	}
	err := inv.Remove("nope", 1)
	fmt.Println(err, errors.Is(err, ErrUnknownSKU))
	fmt.Println(inv.Report())
	fmt.Println(strings.Join(inv.log, "; "))
}

// Output:
// order 1 ok: 2 items map[A100:5 C300:2], total 28.48
// order 2 failed:
//   not enough A200: have 8, want 10
//   "Z999": unknown SKU
//   unknown sku: true stock error: true A200
// order 3 ok: 1 items map[B100:3], total 14.97
// order 4 failed:
//   not enough B100: have 0, want 1
//   unknown sku: false stock error: true B100
// remove "nope": unknown SKU true
// BOOKS:
//   B100   Manual           0 x   4.99 =     0.00 LOW
//   subtotal 0.00
// CABLES:
//   C300   Cable 2m        13 x   7.99 =   103.87
//   subtotal 103.87
// PARTS:
//   A100   Widget          45 x   2.50 =   112.50
//   A200   Gadget           8 x  12.99 =   103.92
//   subtotal 216.42
// TOTAL 320.29
// new A100 (Widget); new A200 (Gadget); new B100 (Manual); new C300 (Cable 2m); restock A100 +10; sold A100 -5; sold C300 -2; sold B100 -3
