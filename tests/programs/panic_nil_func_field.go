package main

import (
	"fmt"
	"strings"
)

type Plugin struct {
	Name      string
	Transform func(string) string
}

type Pipeline struct {
	stages []Plugin
}

func (p *Pipeline) Add(name string, f func(string) string) *Pipeline {
	p.stages = append(p.stages, Plugin{name, f})
	return p
}

func (p *Pipeline) Run(in string) string {
	for _, s := range p.stages {
		in = s.Transform(in)
		fmt.Printf("after %-6s %q\n", s.Name, in)
	}
	return in
}

var registry = map[string]func(string) string{
	"upper": strings.ToUpper,
	"trim":  strings.TrimSpace,
	"dup":   func(s string) string { return s + s },
}

func main() {
	p := &Pipeline{}
	for _, name := range []string{"trim", "upper", "dup", "reverse"} {
		p.Add(name, registry[name])
	}
	fmt.Println(len(p.stages), "stages")
	p.Run("  go amber  ")
}

// Output:
// 4 stages
// after trim   "go amber"
// after upper  "GO AMBER"
// after dup    "GO AMBERGO AMBER"
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
