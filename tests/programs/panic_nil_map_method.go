package main

import (
	"fmt"
	"sort"
)

type Registry struct {
	name    string
	entries map[string][]string
}

func NewRegistry(name string) *Registry {
	return &Registry{name: name, entries: make(map[string][]string)}
}

func (r *Registry) Register(kind, item string) {
	r.entries[kind] = append(r.entries[kind], item)
}

func (r *Registry) Kinds() []string {
	var ks []string
	for k := range r.entries {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (r Registry) Clone() Registry {
	// forgets to copy the map: the clone's map is nil
	return Registry{name: r.name + "-copy"}
}

func main() {
	r := NewRegistry("plugins")
	r.Register("codec", "gzip")
	r.Register("codec", "zstd")
	r.Register("auth", "oauth")
	for _, k := range r.Kinds() {
		fmt.Println(k, r.entries[k])
	}
	c := r.Clone()
	fmt.Println(c.name, len(c.entries), c.entries["codec"] == nil)
	c.Register("auth", "saml")
	fmt.Println("unreachable")
}

// Output:
// auth [oauth]
// codec [gzip zstd]
// plugins-copy 0 true
// Error:
// panic: assignment to entry in nil map
