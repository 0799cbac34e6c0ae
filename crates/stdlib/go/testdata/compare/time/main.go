// Compares package time's Duration, Month and Weekday with Go's.
package main

import (
	"amberstd/compare/check"
	"fmt"
	"math"
	"math/rand"
	gotime "real/time"
	"time"
)

func main() {
	rng := rand.New(rand.NewSource(9))
	ds := []int64{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 999999999, 1e9, 1e9 + 1, 6e10, 3.6e12, 3.6e12 + 1,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1, -1500000, 90061001002003, 1<<53 + 1}
	for i := 0; i < 20000; i++ {
		ds = append(ds, rng.Int63()>>uint(rng.Intn(63)), -(rng.Int63() >> uint(rng.Intn(63))))
	}
	ms := []int64{-1, 0, 1, 2, 3, 7, 1000, 1e6, 1e9, 6e10, 3.6e12, math.MaxInt64, math.MinInt64}
	for _, n := range ds {
		d, g := time.Duration(n), gotime.Duration(n)
		check.Eq(fmt.Sprintf("String(%d)", n), d.String(), g.String())
		check.Eq("units", []any{d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Abs()}, []any{g.Nanoseconds(), g.Microseconds(), g.Milliseconds(), time.Duration(g.Abs())})
		check.Eq(fmt.Sprintf("floats(%d)", n), []uint64{math.Float64bits(d.Seconds()), math.Float64bits(d.Minutes()), math.Float64bits(d.Hours())},
			[]uint64{math.Float64bits(g.Seconds()), math.Float64bits(g.Minutes()), math.Float64bits(g.Hours())})
		for _, m := range append(ms, rng.Int63n(1e12)) {
			check.Eq(fmt.Sprintf("Round(%d,%d)", n, m), int64(d.Round(time.Duration(m))), int64(g.Round(gotime.Duration(m))))
			check.Eq(fmt.Sprintf("Truncate(%d,%d)", n, m), int64(d.Truncate(time.Duration(m))), int64(g.Truncate(gotime.Duration(m))))
		}
		s := g.String()
		p1, e1 := time.ParseDuration(s)
		p2, e2 := gotime.ParseDuration(s)
		check.Eq("Parse(String)", fmt.Sprint(int64(p1), e1), fmt.Sprint(int64(p2), e2))
	}
	inputs := []string{"", "0", "-0", "+0", "1", "1s", "-1.5h", "2h45m", "300ms", "1.5µs", "1.5μs", "1us", ".5s", "5.s", ".s", "1.", "-", "+",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "-9223372036854775809ns", "2562047h47m16.854775807s",
		"2562047h47m16.854775808s", "0.123456789123456789s", "1.00000000000000000000000000001h", "1x\xff", "1µx", "1\"x", "1\\x", "\x01", "1h\n",
		"é", "1€", "1h1", "1h.", "3h2m1s0.5ms", "1\x7fs", "00001s", "0.0000000001ns", "1e3s", "1hh", "1 h", "99999999999999999999h", "1.9999999999999999999999h"}
	const alpha = "0123456789.-+hmsnuµ "
	for i := 0; i < 30000; i++ {
		b := []rune{}
		for j := rng.Intn(8); j >= 0; j-- {
			b = append(b, []rune(alpha)[rng.Intn(len([]rune(alpha)))])
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		p1, e1 := time.ParseDuration(s)
		p2, e2 := gotime.ParseDuration(s)
		check.Eq(fmt.Sprintf("ParseDuration(%q)", s), fmt.Sprint(int64(p1), e1), fmt.Sprint(int64(p2), e2))
	}
	for m := -3; m < 16; m++ {
		check.Eq("Month", time.Month(m).String(), gotime.Month(m).String())
		check.Eq("Weekday", time.Weekday(m).String(), gotime.Weekday(m).String())
	}
	check.Eq("consts", []int64{int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond), int64(time.Second), int64(time.Minute), int64(time.Hour)},
		[]int64{int64(gotime.Nanosecond), int64(gotime.Microsecond), int64(gotime.Millisecond), int64(gotime.Second), int64(gotime.Minute), int64(gotime.Hour)})
	check.Done("time")
}
