package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.December, 31, 23, 59, 59, 999999999, time.UTC)
	fmt.Println(t.Add(time.Nanosecond))
	fmt.Println(t.Add(-24 * time.Hour))
	fmt.Println(t.Add(36*time.Hour + 30*time.Minute))
	fmt.Println(time.Date(2024, 2, 28, 12, 0, 0, 0, time.UTC).Add(24 * time.Hour))
	fmt.Println(time.Date(2023, 2, 28, 12, 0, 0, 0, time.UTC).Add(24 * time.Hour))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond))

	// Sub, with saturation beyond ~292 years.
	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), b.Sub(a), a.Sub(a), a.Sub(b).Hours())
	fmt.Println(time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)))
	var zero time.Time
	fmt.Println(a.Sub(zero), zero.Sub(a))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 1, 0, time.UTC).Sub(time.Date(2000, 1, 1, 0, 0, 0, 999999999, time.UTC)))

	// AddDate normalises like Date.
	jan31 := time.Date(2023, 1, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0))
	fmt.Println(jan31.AddDate(1, 1, 0))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(4, 0, 0))
	fmt.Println(jan31.AddDate(0, 0, 365), jan31.AddDate(0, -13, -31))
	fmt.Println(time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1))

	// Comparisons.
	c := a.In(time.FixedZone("X", 3600))
	fmt.Println(a.Before(b), a.After(b), b.Before(a), a.Equal(c), a == c, a.Compare(b), b.Compare(a), a.Compare(c))
	fmt.Println(a.Equal(a.Add(time.Nanosecond)), a.Add(time.Nanosecond).After(a))
	fmt.Println(zero.Before(a), zero.IsZero(), a.IsZero(), time.Unix(0, 0).IsZero())
	fmt.Println(a.UTC() == a, c.UTC() == a)
}

// Output:
// 2024-01-01 00:00:00 +0000 UTC
// 2023-12-30 23:59:59.999999999 +0000 UTC
// 2024-01-02 12:29:59.999999999 +0000 UTC
// 2024-02-29 12:00:00 +0000 UTC
// 2023-03-01 12:00:00 +0000 UTC
// 1999-12-31 23:59:59.999999999 +0000 UTC
// 696h0m0s -696h0m0s 0s 696
// 672h0m0s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 1ns
// 2023-03-03 10:00:00 +0000 UTC
// 2024-03-02 10:00:00 +0000 UTC
// 2025-03-01 00:00:00 +0000 UTC
// 2028-02-29 00:00:00 +0000 UTC
// 2024-01-31 10:00:00 +0000 UTC 2021-11-30 10:00:00 +0000 UTC
// 2024-01-01 00:00:00 +0000 UTC
// false true true true false 1 -1 0
// false true
// true true false false
// true true
