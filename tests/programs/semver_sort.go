package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 []string
	Build               string
}

var ErrInvalid = errors.New("invalid semantic version")

func Parse(s string) (Version, error) {
	var v Version
	orig := s
	s = strings.TrimPrefix(s, "v")
	if i := strings.IndexByte(s, '+'); i >= 0 {
		s, v.Build = s[:i], s[i+1:]
	}
	if i := strings.IndexByte(s, '-'); i >= 0 {
		v.Pre = strings.Split(s[i+1:], ".")
		s = s[:i]
		for _, p := range v.Pre {
			if p == "" {
				return v, fmt.Errorf("%w: %q: empty pre-release identifier", ErrInvalid, orig)
			}
		}
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("%w: %q: need MAJOR.MINOR.PATCH", ErrInvalid, orig)
	}
	nums := [3]*int{&v.Major, &v.Minor, &v.Patch}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (len(p) > 1 && p[0] == '0') {
			return v, fmt.Errorf("%w: %q: bad number %q", ErrInvalid, orig, p)
		}
		*nums[i] = n
	}
	return v, nil
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func comparePre(a, b []string) int {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	if len(a) == 0 {
		return 1 // release > pre-release
	}
	if len(b) == 0 {
		return -1
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		na, errA := strconv.Atoi(a[i])
		nb, errB := strconv.Atoi(b[i])
		switch {
		case errA == nil && errB == nil:
			if c := cmpInt(na, nb); c != 0 {
				return c
			}
		case errA == nil:
			return -1
		case errB == nil:
			return 1
		default:
			if c := strings.Compare(a[i], b[i]); c != 0 {
				return c
			}
		}
	}
	return cmpInt(len(a), len(b))
}

func (a Version) Compare(b Version) int {
	if c := cmpInt(a.Major, b.Major); c != 0 {
		return c
	}
	if c := cmpInt(a.Minor, b.Minor); c != 0 {
		return c
	}
	if c := cmpInt(a.Patch, b.Patch); c != 0 {
		return c
	}
	return comparePre(a.Pre, b.Pre)
}

func (v Version) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Pre) > 0 {
		s += "-" + strings.Join(v.Pre, ".")
	}
	if v.Build != "" {
		s += "+" + v.Build
	}
	return s
}

// Satisfies supports constraints like ">=1.2.0", "<2.0.0", "^1.4.0", "~1.4.2".
func (v Version) Satisfies(constraint string) (bool, error) {
	for _, op := range []string{">=", "<=", ">", "<", "^", "~", "="} {
		if rest, ok := strings.CutPrefix(constraint, op); ok {
			c, err := Parse(rest)
			if err != nil {
				return false, err
			}
			cmp := v.Compare(c)
			switch op {
			case ">=":
				return cmp >= 0, nil
			case "<=":
				return cmp <= 0, nil
			case ">":
				return cmp > 0, nil
			case "<":
				return cmp < 0, nil
			case "=":
				return cmp == 0, nil
			case "^":
				return cmp >= 0 && v.Major == c.Major, nil
			case "~":
				return cmp >= 0 && v.Major == c.Major && v.Minor == c.Minor, nil
			}
		}
	}
	return false, fmt.Errorf("unknown constraint %q", constraint)
}

func main() {
	raw := []string{"1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11",
		"1.0.0-rc.1", "1.0.0-alpha.beta", "0.9.12", "1.10.0", "1.2.0+build.5", "1.2", "01.2.3", "1.2.3-", "2.0.0-rc.1+exp.sha"}
	var vs []Version
	for _, r := range raw {
		v, err := Parse(r)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		vs = append(vs, v)
	}
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Compare(vs[j]) < 0 })
	for i, v := range vs {
		fmt.Printf("%2d %v\n", i+1, v)
	}
	latest := vs[len(vs)-1]
	fmt.Println("latest:", latest)
	constraints := []string{">=1.0.0", "^1.0.0", "~1.2.0", "<1.0.0", "=2.1.3", "!1.0.0"}
	for _, c := range constraints {
		var match []string
		for _, v := range vs {
			ok, err := v.Satisfies(c)
			if err != nil {
				match = []string{"error: " + err.Error()}
				break
			}
			if ok {
				match = append(match, v.String())
			}
		}
		fmt.Printf("%-8s %v\n", c, match)
	}
}

// Output:
// skip: invalid semantic version: "1.2": need MAJOR.MINOR.PATCH
// skip: invalid semantic version: "01.2.3": bad number "01"
// skip: invalid semantic version: "1.2.3-": empty pre-release identifier
//  1 0.9.12
//  2 1.0.0-alpha
//  3 1.0.0-alpha.1
//  4 1.0.0-alpha.beta
//  5 1.0.0-beta.2
//  6 1.0.0-beta.11
//  7 1.0.0-rc.1
//  8 1.0.0
//  9 1.2.0+build.5
// 10 1.10.0
// 11 2.0.0-rc.1+exp.sha
// 12 2.1.3
// latest: 2.1.3
// >=1.0.0  [1.0.0 1.2.0+build.5 1.10.0 2.0.0-rc.1+exp.sha 2.1.3]
// ^1.0.0   [1.0.0 1.2.0+build.5 1.10.0]
// ~1.2.0   [1.2.0+build.5]
// <1.0.0   [0.9.12 1.0.0-alpha 1.0.0-alpha.1 1.0.0-alpha.beta 1.0.0-beta.2 1.0.0-beta.11 1.0.0-rc.1]
// =2.1.3   [2.1.3]
// !1.0.0   [error: unknown constraint "!1.0.0"]
