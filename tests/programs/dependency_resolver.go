package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Package struct {
	Name     string
	Version  int
	Requires map[string]int // name -> minimum version
}

type Registry map[string][]Package // versions sorted ascending

var (
	ErrMissing  = errors.New("package not found")
	ErrConflict = errors.New("version conflict")
)

func (r Registry) Add(name string, version int, deps ...string) {
	p := Package{Name: name, Version: version, Requires: map[string]int{}}
	for _, d := range deps {
		var dn string
		var dv int
		if _, err := fmt.Sscanf(strings.Replace(d, ">=", " ", 1), "%s %d", &dn, &dv); err != nil {
			panic(err)
		}
		p.Requires[dn] = dv
	}
	r[name] = append(r[name], p)
	sort.Slice(r[name], func(i, j int) bool { return r[name][i].Version < r[name][j].Version })
}

// Resolve picks the newest version of each package that satisfies every minimum seen so far.
func (r Registry) Resolve(root string, minVer int) (map[string]int, []string, error) {
	chosen := map[string]int{}
	mins := map[string]int{root: minVer}
	var order []string
	queue := []string{root}
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		versions, ok := r[name]
		if !ok {
			return nil, nil, fmt.Errorf("%w: %s", ErrMissing, name)
		}
		best := versions[len(versions)-1]
		if best.Version < mins[name] {
			return nil, nil, fmt.Errorf("%w: %s needs >= %d, newest is %d", ErrConflict, name, mins[name], best.Version)
		}
		if v, done := chosen[name]; done && v == best.Version {
			continue
		}
		if _, done := chosen[name]; !done {
			order = append(order, name)
		}
		chosen[name] = best.Version
		deps := make([]string, 0, len(best.Requires))
		for d := range best.Requires {
			deps = append(deps, d)
		}
		sort.Strings(deps)
		for _, d := range deps {
			if best.Requires[d] > mins[d] {
				mins[d] = best.Requires[d]
			}
			queue = append(queue, d)
		}
	}
	return chosen, order, nil
}

func main() {
	reg := Registry{}
	reg.Add("app", 1, "web>=2", "db>=1", "log>=1")
	reg.Add("web", 1, "http>=1")
	reg.Add("web", 2, "http>=2", "log>=2")
	reg.Add("web", 3, "http>=2", "log>=3", "tmpl>=1")
	reg.Add("http", 1)
	reg.Add("http", 2, "net>=1")
	reg.Add("net", 1)
	reg.Add("db", 1, "log>=1", "net>=1")
	reg.Add("log", 1)
	reg.Add("log", 2)
	reg.Add("log", 3)
	reg.Add("tmpl", 1, "log>=1")
	reg.Add("broken", 1, "ghost>=1")
	reg.Add("greedy", 1, "log>=9")

	for _, root := range []string{"app", "db", "broken", "greedy", "nothing"} {
		chosen, order, err := reg.Resolve(root, 1)
		if err != nil {
			kind := "other"
			if errors.Is(err, ErrMissing) {
				kind = "missing"
			} else if errors.Is(err, ErrConflict) {
				kind = "conflict"
			}
			fmt.Printf("%-7s FAIL (%s): %v\n", root, kind, err)
			continue
		}
		var parts []string
		for _, n := range order {
			parts = append(parts, fmt.Sprintf("%s@%d", n, chosen[n]))
		}
		fmt.Printf("%-7s %d packages: %s\n", root, len(chosen), strings.Join(parts, " "))
	}
	names := make([]string, 0, len(reg))
	for n := range reg {
		names = append(names, n)
	}
	sort.Strings(names)
	var listing []string
	for _, n := range names {
		var vs []int
		for _, p := range reg[n] {
			vs = append(vs, p.Version)
		}
		listing = append(listing, fmt.Sprintf("%s%v", n, vs))
	}
	fmt.Println(strings.Join(listing, " "))
}

// Output:
// app     7 packages: app@1 db@1 log@3 web@3 net@1 http@2 tmpl@1
// db      3 packages: db@1 log@3 net@1
// broken  FAIL (missing): package not found: ghost
// greedy  FAIL (conflict): version conflict: log needs >= 9, newest is 3
// nothing FAIL (missing): package not found: nothing
// app[1] broken[1] db[1] greedy[1] http[1 2] log[1 2 3] net[1] tmpl[1] web[1 2 3]
