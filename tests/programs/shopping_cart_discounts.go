package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type LineItem struct {
	SKU      string
	Name     string
	Price    Money
	Qty      int
	Category string
}

type Discount interface {
	Name() string
	Apply(items []LineItem, subtotal Money) Money // returns the (positive) amount saved
}

type PercentOff struct {
	Category string
	Percent  int
}

func (d PercentOff) Name() string { return fmt.Sprintf("%d%% off %s", d.Percent, d.Category) }
func (d PercentOff) Apply(items []LineItem, _ Money) Money {
	var saved Money
	for _, it := range items {
		if it.Category == d.Category {
			saved += it.Price * Money(it.Qty) * Money(d.Percent) / 100
		}
	}
	return saved
}

type BuyXGetY struct {
	SKU  string
	X, Y int
}

func (d BuyXGetY) Name() string { return fmt.Sprintf("buy %d get %d free on %s", d.X, d.Y, d.SKU) }
func (d BuyXGetY) Apply(items []LineItem, _ Money) Money {
	for _, it := range items {
		if it.SKU == d.SKU {
			free := it.Qty / (d.X + d.Y) * d.Y
			return it.Price * Money(free)
		}
	}
	return 0
}

type Threshold struct {
	Min, Off Money
}

func (d Threshold) Name() string { return fmt.Sprintf("%v off orders over %v", d.Off, d.Min) }
func (d Threshold) Apply(_ []LineItem, subtotal Money) Money {
	if subtotal >= d.Min {
		return d.Off
	}
	return 0
}

type Cart struct {
	items     []LineItem
	discounts []Discount
	coupons   map[string]Discount
}

var ErrBadCoupon = errors.New("invalid coupon")

func (c *Cart) Add(it LineItem) {
	for i := range c.items {
		if c.items[i].SKU == it.SKU {
			c.items[i].Qty += it.Qty
			return
		}
	}
	c.items = append(c.items, it)
}

func (c *Cart) Remove(sku string, qty int) {
	for i := range c.items {
		if c.items[i].SKU == sku {
			c.items[i].Qty -= qty
			if c.items[i].Qty <= 0 {
				c.items = append(c.items[:i], c.items[i+1:]...)
			}
			return
		}
	}
}

func (c *Cart) ApplyCoupon(code string) error {
	d, ok := c.coupons[strings.ToUpper(code)]
	if !ok {
		return fmt.Errorf("%w: %q", ErrBadCoupon, code)
	}
	c.discounts = append(c.discounts, d)
	delete(c.coupons, strings.ToUpper(code))
	return nil
}

func (c *Cart) Checkout(taxPercent int) string {
	var b strings.Builder
	sort.SliceStable(c.items, func(i, j int) bool { return c.items[i].Category < c.items[j].Category })
	var subtotal Money
	for _, it := range c.items {
		line := it.Price * Money(it.Qty)
		subtotal += line
		fmt.Fprintf(&b, "%-4s %-14s %2d x %8v = %9v\n", it.SKU, it.Name, it.Qty, it.Price, line)
	}
	fmt.Fprintf(&b, "%-35s %9v\n", "subtotal", subtotal)
	var saved Money
	for _, d := range c.discounts {
		s := d.Apply(c.items, subtotal)
		if s > 0 {
			fmt.Fprintf(&b, "  %-33s %9v\n", d.Name(), -s)
			saved += s
		}
	}
	net := max(subtotal-saved, 0)
	tax := (net*Money(taxPercent) + 50) / 100
	fmt.Fprintf(&b, "%-35s %9v\n%-35s %9v\n%-35s %9v", "after discounts", net, fmt.Sprintf("tax %d%%", taxPercent), tax, "TOTAL", net+tax)
	return b.String()
}

func main() {
	cart := &Cart{
		discounts: []Discount{BuyXGetY{"A1", 2, 1}},
		coupons: map[string]Discount{
			"BOOKS20": PercentOff{"books", 20},
			"BIG10":   Threshold{5000, 1000},
		},
	}
	cart.Add(LineItem{"A1", "Apple", 45, 7, "fruit"})
	cart.Add(LineItem{"B7", "Go book", 3999, 1, "books"})
	cart.Add(LineItem{"C3", "Coffee beans", 1250, 2, "grocery"})
	cart.Add(LineItem{"B9", "Notebook", 599, 3, "books"})
	cart.Add(LineItem{"A1", "Apple", 45, 2, "fruit"})
	cart.Remove("C3", 1)
	for _, code := range []string{"books20", "FREESHIP", "big10", "BOOKS20"} {
		if err := cart.ApplyCoupon(code); err != nil {
			fmt.Println("coupon:", err, errors.Is(err, ErrBadCoupon))
		} else {
			fmt.Println("coupon applied:", code)
		}
	}
	fmt.Println(cart.Checkout(8))
	cart.Remove("B7", 1)
	cart.Remove("B9", 5)
	fmt.Println("---")
	fmt.Println(cart.Checkout(8))
	var ds []Discount = cart.discounts
	for _, d := range ds {
		switch v := d.(type) {
		case PercentOff:
			fmt.Println("percent discount on", v.Category)
		case Threshold:
			fmt.Println("threshold at", v.Min)
		default:
			fmt.Printf("other: %T %+v\n", v, v)
		}
	}
}

// Output:
// coupon applied: books20
// coupon: invalid coupon: "FREESHIP" true
// coupon applied: big10
// coupon: invalid coupon: "BOOKS20" true
// B7   Go book         1 x   $39.99 =    $39.99
// B9   Notebook        3 x    $5.99 =    $17.97
// A1   Apple           9 x    $0.45 =     $4.05
// C3   Coffee beans    1 x   $12.50 =    $12.50
// subtotal                               $74.51
//   buy 2 get 1 free on A1               -$1.35
//   20% off books                       -$11.58
//   $10.00 off orders over $50.00       -$10.00
// after discounts                        $51.58
// tax 8%                                  $4.13
// TOTAL                                  $55.71
// ---
// A1   Apple           9 x    $0.45 =     $4.05
// C3   Coffee beans    1 x   $12.50 =    $12.50
// subtotal                               $16.55
//   buy 2 get 1 free on A1               -$1.35
// after discounts                        $15.20
// tax 8%                                  $1.22
// TOTAL                                  $16.42
// other: main.BuyXGetY {SKU:A1 X:2 Y:1}
// percent discount on books
// threshold at $50.00
