package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Quantity struct {
	Num, Den int
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func (q Quantity) norm() Quantity {
	g := gcd(q.Num, q.Den)
	if g == 0 {
		return Quantity{0, 1}
	}
	return Quantity{q.Num / g, q.Den / g}
}

func (q Quantity) Mul(n, d int) Quantity { return Quantity{q.Num * n, q.Den * d}.norm() }

func (q Quantity) String() string {
	q = q.norm()
	whole, rem := q.Num/q.Den, q.Num%q.Den
	switch {
	case rem == 0:
		return strconv.Itoa(whole)
	case whole == 0:
		return fmt.Sprintf("%d/%d", rem, q.Den)
	}
	return fmt.Sprintf("%d %d/%d", whole, rem, q.Den)
}

var ErrQty = errors.New("bad quantity")

func ParseQty(s string) (Quantity, error) {
	total := Quantity{0, 1}
	for _, part := range strings.Fields(s) {
		var q Quantity
		if n, d, ok := strings.Cut(part, "/"); ok {
			a, err1 := strconv.Atoi(n)
			b, err2 := strconv.Atoi(d)
			if err1 != nil || err2 != nil || b == 0 {
				return q, fmt.Errorf("%w: %q", ErrQty, s)
			}
			q = Quantity{a, b}
		} else {
			a, err := strconv.Atoi(part)
			if err != nil {
				return q, fmt.Errorf("%w: %q", ErrQty, s)
			}
			q = Quantity{a, 1}
		}
		total = Quantity{total.Num*q.Den + q.Num*total.Den, total.Den * q.Den}.norm()
	}
	return total, nil
}

type Ingredient struct {
	Qty  Quantity
	Unit string
	Name string
}

// conversions to teaspoons for volume units
var tsp = map[string]int{"tsp": 1, "tbsp": 3, "cup": 48}

func (i Ingredient) Simplify() Ingredient {
	per, ok := tsp[i.Unit]
	if !ok {
		return i
	}
	inTsp := i.Qty.Mul(per, 1)
	best := i
	for _, u := range []string{"cup", "tbsp", "tsp"} {
		q := inTsp.Mul(1, tsp[u])
		if q.Num >= q.Den || u == "tsp" {
			// prefer a unit where the fraction is simple (denominator <= 4)
			if q.norm().Den <= 4 {
				return Ingredient{q, u, i.Name}
			}
		}
	}
	return best
}

func parseLine(line string) (Ingredient, error) {
	fields := strings.Fields(line)
	i := 0
	for i < len(fields) && strings.IndexAny(fields[i][:1], "0123456789") == 0 {
		i++
	}
	if i == 0 || i+1 >= len(fields) {
		return Ingredient{}, fmt.Errorf("cannot parse %q", line)
	}
	q, err := ParseQty(strings.Join(fields[:i], " "))
	if err != nil {
		return Ingredient{}, err
	}
	return Ingredient{q, fields[i], strings.Join(fields[i+1:], " ")}, nil
}

const recipe = `2 1/4 cup flour
1 tsp baking soda
1 tsp salt
1 cup butter
3/4 cup sugar
2 each eggs
2 cup chocolate chips
a pinch of love
1/0 cup nonsense`

func main() {
	var items []Ingredient
	for _, line := range strings.Split(recipe, "\n") {
		ing, err := parseLine(line)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrQty))
			continue
		}
		items = append(items, ing)
	}
	for _, scale := range [][2]int{{1, 1}, {1, 3}, {5, 2}} {
		fmt.Printf("x %d/%d:\n", scale[0], scale[1])
		for _, it := range items {
			s := Ingredient{it.Qty.Mul(scale[0], scale[1]), it.Unit, it.Name}.Simplify()
			fmt.Printf("  %-8s %-5s %s\n", s.Qty, s.Unit, s.Name)
		}
	}
	units := map[string]int{}
	for _, it := range items {
		units[it.Unit]++
	}
	keys := make([]string, 0, len(units))
	for k := range units {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, units)
}

// Output:
// skip: cannot parse "a pinch of love" false
// skip: bad quantity: "1/0" true
// x 1/1:
//   2 1/4    cup   flour
//   1        tsp   baking soda
//   1        tsp   salt
//   1        cup   butter
//   12       tbsp  sugar
//   2        each  eggs
//   2        cup   chocolate chips
// x 1/3:
//   12       tbsp  flour
//   1/3      tsp   baking soda
//   1/3      tsp   salt
//   5 1/3    tbsp  butter
//   4        tbsp  sugar
//   2/3      each  eggs
//   10 2/3   tbsp  chocolate chips
// x 5/2:
//   90       tbsp  flour
//   2 1/2    tsp   baking soda
//   2 1/2    tsp   salt
//   2 1/2    cup   butter
//   30       tbsp  sugar
//   5        each  eggs
//   5        cup   chocolate chips
// [cup each tsp] map[cup:4 each:1 tsp:2]
