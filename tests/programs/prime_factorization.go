package main

import (
	"fmt"
	"sort"
	"strings"
)

func factorize(n uint64) map[uint64]int {
	f := map[uint64]int{}
	for n%2 == 0 {
		f[2]++
		n /= 2
	}
	for p := uint64(3); p*p <= n; p += 2 {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func formatFactors(f map[uint64]int) string {
	ps := make([]uint64, 0, len(f))
	for p := range f {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	var parts []string
	for _, p := range ps {
		if f[p] == 1 {
			parts = append(parts, fmt.Sprint(p))
		} else {
			parts = append(parts, fmt.Sprintf("%d^%d", p, f[p]))
		}
	}
	return strings.Join(parts, " × ")
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b uint64) uint64 { return a / gcd(a, b) * b }

func divisorCount(f map[uint64]int) int {
	n := 1
	for _, e := range f {
		n *= e + 1
	}
	return n
}

func totient(n uint64) uint64 {
	result := n
	for p := range factorize(n) {
		result = result / p * (p - 1)
	}
	return result
}

func divisors(n uint64) []uint64 {
	var small, large []uint64
	for d := uint64(1); d*d <= n; d++ {
		if n%d == 0 {
			small = append(small, d)
			if d != n/d {
				large = append([]uint64{n / d}, large...)
			}
		}
	}
	return append(small, large...)
}

func modpow(base, exp, mod uint64) uint64 {
	result := uint64(1)
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

// millerRabin is deterministic for n < 3,215,031,751 with these bases.
func millerRabin(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7} {
		if n%p == 0 {
			return n == p
		}
	}
	d, r := n-1, 0
	for d%2 == 0 {
		d /= 2
		r++
	}
outer:
	for _, a := range []uint64{2, 3, 5, 7} {
		x := modpow(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		for i := 1; i < r; i++ {
			x = x * x % n
			if x == n-1 {
				continue outer
			}
		}
		return false
	}
	return true
}

func main() {
	for _, n := range []uint64{1, 2, 12, 360, 97, 1001, 65536, 999999, 600851475143, 1<<31 - 1} {
		f := factorize(n)
		fmt.Printf("%d = %s (divisors: %d)\n", n, formatFactors(f), divisorCount(f))
	}
	fmt.Println(gcd(1071, 462), lcm(21, 6), gcd(0, 5), lcm(4, 6))
	l := uint64(1)
	for i := uint64(1); i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
	var phis []string
	for n := uint64(1); n <= 12; n++ {
		phis = append(phis, fmt.Sprintf("φ(%d)=%d", n, totient(n)))
	}
	fmt.Println(strings.Join(phis, " "))
	fmt.Println("divisors of 360:", divisors(360))
	var perfect, mr []uint64
	for n := uint64(2); n < 2000; n++ {
		sum := uint64(0)
		for _, d := range divisors(n) {
			if d != n {
				sum += d
			}
		}
		if sum == n {
			perfect = append(perfect, n)
		}
	}
	for n := uint64(1_000_000); len(mr) < 5; n++ {
		if millerRabin(n) {
			mr = append(mr, n)
		}
	}
	fmt.Println("perfect numbers:", perfect)
	fmt.Println("primes after a million:", mr)
	fmt.Println(millerRabin(561), millerRabin(2147483647), modpow(3, 200, 1000007))
}

// Output:
// 1 =  (divisors: 1)
// 2 = 2 (divisors: 2)
// 12 = 2^2 × 3 (divisors: 6)
// 360 = 2^3 × 3^2 × 5 (divisors: 24)
// 97 = 97 (divisors: 2)
// 1001 = 7 × 11 × 13 (divisors: 8)
// 65536 = 2^16 (divisors: 17)
// 999999 = 3^3 × 7 × 11 × 13 × 37 (divisors: 64)
// 600851475143 = 71 × 839 × 1471 × 6857 (divisors: 16)
// 2147483647 = 2147483647 (divisors: 2)
// 21 42 5 12
// lcm(1..20) = 232792560
// φ(1)=1 φ(2)=1 φ(3)=2 φ(4)=2 φ(5)=4 φ(6)=2 φ(7)=6 φ(8)=4 φ(9)=6 φ(10)=4 φ(11)=10 φ(12)=4
// divisors of 360: [1 2 3 4 5 6 8 9 10 12 15 18 20 24 30 36 40 45 60 72 90 120 180 360]
// perfect numbers: [6 28 496]
// primes after a million: [1000003 1000033 1000037 1000039 1000081]
// false true 959082
