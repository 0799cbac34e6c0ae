package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Loan struct {
	Principal float64
	AnnualPct float64
	Months    int
}

type Payment struct {
	Month                        int
	Payment, Interest, Principal float64
	Balance                      float64
}

var ErrInvalid = errors.New("invalid loan terms")

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func (l Loan) MonthlyPayment() (float64, error) {
	if l.Principal <= 0 || l.Months <= 0 || l.AnnualPct < 0 {
		return 0, fmt.Errorf("%w: %+v", ErrInvalid, l)
	}
	r := l.AnnualPct / 100 / 12
	if r == 0 {
		return round2(l.Principal / float64(l.Months)), nil
	}
	p := l.Principal * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return round2(p), nil
}

func (l Loan) Schedule(extra float64) ([]Payment, error) {
	pmt, err := l.MonthlyPayment()
	if err != nil {
		return nil, err
	}
	r := l.AnnualPct / 100 / 12
	bal := l.Principal
	var out []Payment
	for m := 1; bal > 0.005 && m <= l.Months; m++ {
		interest := round2(bal * r)
		pay := pmt + extra
		if pay > bal+interest || m == l.Months {
			pay = round2(bal + interest)
		}
		princ := round2(pay - interest)
		bal = round2(bal - princ)
		out = append(out, Payment{m, pay, interest, princ, bal})
	}
	return out, nil
}

func totals(ps []Payment) (paid, interest float64) {
	for _, p := range ps {
		paid += p.Payment
		interest += p.Interest
	}
	return round2(paid), round2(interest)
}

func money(x float64) string {
	s := fmt.Sprintf("%.2f", x)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String() + "." + frac
}

func main() {
	loan := Loan{Principal: 25000, AnnualPct: 6.5, Months: 24}
	sched, err := loan.Schedule(0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%5s %10s %9s %10s %11s\n", "month", "payment", "interest", "principal", "balance")
	for _, p := range sched {
		if p.Month <= 3 || p.Month > len(sched)-3 {
			fmt.Printf("%5d %10s %9s %10s %11s\n", p.Month, money(p.Payment), money(p.Interest), money(p.Principal), money(p.Balance))
		} else if p.Month == 4 {
			fmt.Println("  ...")
		}
	}
	paid, interest := totals(sched)
	fmt.Printf("total paid %s, interest %s over %d months\n", money(paid), money(interest), len(sched))
	for _, extra := range []float64{100, 500} {
		s, _ := loan.Schedule(extra)
		p, i := totals(s)
		fmt.Printf("extra %.0f/month: %d months, paid %s, interest %s\n", extra, len(s), money(p), money(i))
	}
	for _, l := range []Loan{{300000, 4.25, 360}, {1200, 0, 12}, {-5, 3, 12}, {1000, 5, 0}} {
		pmt, err := l.MonthlyPayment()
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%s at %.2f%% for %d months: %s/month\n", money(l.Principal), l.AnnualPct, l.Months, money(pmt))
	}
	fmt.Println(money(1234567.891), money(0.5), money(999.999))
}

// Output:
// month    payment  interest  principal     balance
//     1   1,113.66    135.42     978.24   24,021.76
//     2   1,113.66    130.12     983.54   23,038.22
//     3   1,113.66    124.79     988.87   22,049.35
//   ...
//    22   1,113.66     17.90   1,095.76    2,209.27
//    23   1,113.66     11.97   1,101.69    1,107.58
//    24   1,113.58      6.00   1,107.58        0.00
// total paid 26,727.76, interest 1,727.76 over 24 months
// extra 100/month: 22 months, paid 26,580.02, interest 1,580.02
// extra 500/month: 17 months, paid 26,183.04, interest 1,183.04
// 300,000.00 at 4.25% for 360 months: 1,475.82/month
// 1,200.00 at 0.00% for 12 months: 100.00/month
// error: invalid loan terms: {Principal:-5 AnnualPct:3 Months:12} true
// error: invalid loan terms: {Principal:1000 AnnualPct:5 Months:0} true
// 1,234,567.89 0.50 1,000.00
