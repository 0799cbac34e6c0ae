package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Date struct {
	Year, Month, Day int
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var weekdays = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func DaysIn(y, m int) int {
	switch m {
	case 2:
		if IsLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var ErrBadDate = errors.New("bad date")

func ParseDate(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) != 3 {
		return Date{}, fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	var nums [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return Date{}, fmt.Errorf("%w: %q: %v", ErrBadDate, s, err)
		}
		nums[i] = n
	}
	d := Date{nums[0], nums[1], nums[2]}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > DaysIn(d.Year, d.Month) {
		return Date{}, fmt.Errorf("%w: %q out of range", ErrBadDate, s)
	}
	return d, nil
}

// Ordinal counts days since 0001-01-01 (day 0), proleptic Gregorian.
func (d Date) Ordinal() int {
	y := d.Year - 1
	days := y*365 + y/4 - y/100 + y/400
	for m := 1; m < d.Month; m++ {
		days += DaysIn(d.Year, m)
	}
	return days + d.Day - 1
}

func FromOrdinal(n int) Date {
	y := 1
	for {
		len := 365
		if IsLeap(y) {
			len = 366
		}
		if n < len {
			break
		}
		n -= len
		y++
		if n > 365*400 {
			// skip whole 400-year cycles quickly
			cycles := n / 146097
			n -= cycles * 146097
			y += cycles * 400
		}
	}
	m := 1
	for n >= DaysIn(y, m) {
		n -= DaysIn(y, m)
		m++
	}
	return Date{y, m, n + 1}
}

func (d Date) Weekday() string    { return weekdays[(d.Ordinal()+1)%7] }
func (d Date) AddDays(n int) Date { return FromOrdinal(d.Ordinal() + n) }
func (d Date) String() string     { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }
func (d Date) Long() string {
	return fmt.Sprintf("%s, %s %d, %d", d.Weekday(), monthNames[d.Month-1], d.Day, d.Year)
}

func calendar(y, m int) string {
	var b strings.Builder
	title := fmt.Sprintf("%s %d", monthNames[m-1], y)
	fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", (20-len(title))/2), title)
	b.WriteString("Su Mo Tu We Th Fr Sa\n")
	start := (Date{y, m, 1}.Ordinal() + 1) % 7
	cells := make([]string, start)
	for i := range cells {
		cells[i] = "  "
	}
	for d := 1; d <= DaysIn(y, m); d++ {
		cells = append(cells, fmt.Sprintf("%2d", d))
	}
	for i := 0; i < len(cells); i += 7 {
		end := min(i+7, len(cells))
		b.WriteString(strings.TrimRight(strings.Join(cells[i:end], " "), " "))
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	for _, s := range []string{"1969-07-20", "2000-02-29", "2024-12-25", "1900-02-29", "2023-13-01", "abc", "2024-02-30"} {
		d, err := ParseDate(s)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadDate))
			continue
		}
		fmt.Printf("%v is a %s (day %d)\n", d, d.Weekday(), d.Ordinal())
	}
	moon, _ := ParseDate("1969-07-20")
	today, _ := ParseDate("2025-01-01")
	fmt.Println("days since moon landing:", today.Ordinal()-moon.Ordinal())
	fmt.Println(moon.AddDays(10000).Long())
	fmt.Println(today.AddDays(-1), today.AddDays(59), today.AddDays(365*4+1))
	leaps := 0
	for y := 1900; y <= 2100; y++ {
		if IsLeap(y) {
			leaps++
		}
	}
	fmt.Println("leap years 1900-2100:", leaps)
	fridays := []string{}
	for y := 2024; y <= 2026; y++ {
		for m := 1; m <= 12; m++ {
			if d := (Date{y, m, 13}); d.Weekday() == "Friday" {
				fridays = append(fridays, d.String())
			}
		}
	}
	fmt.Println("Friday the 13ths:", fridays)
	fmt.Print(calendar(2024, 2))
	fmt.Println(FromOrdinal(0), FromOrdinal(738885), Date{2024, 3, 1}.AddDays(-1))
}

// Output:
// 1969-07-20 is a Sunday (day 718997)
// 2000-02-29 is a Tuesday (day 730178)
// 2024-12-25 is a Wednesday (day 739244)
// error: bad date: "1900-02-29" out of range true
// error: bad date: "2023-13-01" out of range true
// error: bad date: "abc" true
// error: bad date: "2024-02-30" out of range true
// days since moon landing: 20254
// Thursday, December 5, 1996
// 2024-12-31 2025-03-01 2029-01-01
// leap years 1900-2100: 49
// Friday the 13ths: [2024-09-13 2024-12-13 2025-06-13 2026-02-13 2026-03-13 2026-11-13]
//    February 2024
// Su Mo Tu We Th Fr Sa
//              1  2  3
//  4  5  6  7  8  9 10
// 11 12 13 14 15 16 17
// 18 19 20 21 22 23 24
// 25 26 27 28 29
// 0001-01-01 2024-01-01 2024-02-29
