package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Section map[string]string

type INI struct {
	sections map[string]Section
	order    []string
}

type SyntaxError struct {
	Line int
	Text string
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d: %s: %q", e.Line, e.Msg, e.Text)
}

func Parse(src string) (*INI, []error) {
	ini := &INI{sections: map[string]Section{}}
	var errs []error
	current := ""
	ini.sections[""] = Section{}
	ini.order = append(ini.order, "")
	for n, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if i := strings.IndexAny(line, ";#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &SyntaxError{n + 1, raw, "unterminated section"})
				continue
			}
			current = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := ini.sections[current]; !ok {
				ini.sections[current] = Section{}
				ini.order = append(ini.order, current)
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &SyntaxError{n + 1, raw, "expected key = value"})
				continue
			}
			k = strings.ToLower(strings.TrimSpace(k))
			v = strings.Trim(strings.TrimSpace(v), `"`)
			if k == "" {
				errs = append(errs, &SyntaxError{n + 1, raw, "empty key"})
				continue
			}
			ini.sections[current][k] = v
		}
	}
	return ini, errs
}

func (ini *INI) Get(path string) (string, bool) {
	sec, key, found := strings.Cut(path, ".")
	if !found {
		sec, key = "", path
	}
	s, ok := ini.sections[sec]
	if !ok {
		return "", false
	}
	v, ok := s[key]
	return v, ok
}

func (ini *INI) Int(path string, def int) int {
	v, ok := ini.Get(path)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

// Expand replaces ${section.key} references, detecting loops.
func (ini *INI) Expand(v string, depth int) (string, error) {
	if depth > 5 {
		return "", errors.New("expansion too deep")
	}
	for {
		start := strings.Index(v, "${")
		if start < 0 {
			return v, nil
		}
		end := strings.Index(v[start:], "}")
		if end < 0 {
			return "", fmt.Errorf("unclosed reference in %q", v)
		}
		ref := v[start+2 : start+end]
		val, ok := ini.Get(ref)
		if !ok {
			return "", fmt.Errorf("undefined reference %q", ref)
		}
		val, err := ini.Expand(val, depth+1)
		if err != nil {
			return "", fmt.Errorf("%s: %w", ref, err)
		}
		v = v[:start] + val + v[start+end+1:]
	}
}

const config = `
name = demo app   ; top-level
version = 3

[Server]
host = example.org
port = 8443
url = "https://${server.host}:${server.port}/"
timeout = 30s

[database]
user = admin
dsn = ${database.user}@${server.host}/main
broken line here
= nokey

[paths]
home = /srv/${name}
logs = ${paths.home}/logs
loop = ${paths.loop}
missing = ${nowhere.x}
[unterminated
`

func main() {
	ini, errs := Parse(config)
	for _, e := range errs {
		var se *SyntaxError
		if errors.As(e, &se) {
			fmt.Printf("syntax error at %d: %s\n", se.Line, se.Msg)
		}
	}
	for _, sec := range ini.order {
		keys := make([]string, 0, len(ini.sections[sec]))
		for k := range ini.sections[sec] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s] %d keys\n", sec, len(keys))
		for _, k := range keys {
			raw := ini.sections[sec][k]
			exp, err := ini.Expand(raw, 0)
			if err != nil {
				fmt.Printf("  %-8s = %-28q ERROR %v\n", k, raw, err)
			} else if exp != raw {
				fmt.Printf("  %-8s = %-28q => %s\n", k, raw, exp)
			} else {
				fmt.Printf("  %-8s = %q\n", k, raw)
			}
		}
	}
	fmt.Println(ini.Int("server.port", 80), ini.Int("server.timeout", -1), ini.Int("version", 0), ini.Int("nope.x", 7))
	fmt.Println(ini.Get("database.user"))
	fmt.Println(ini.Get("server.nothing"))
}

// Output:
// syntax error at 14: expected key = value
// syntax error at 15: empty key
// syntax error at 22: unterminated section
// [] 2 keys
//   name     = "demo app"
//   version  = "3"
// [server] 4 keys
//   host     = "example.org"
//   port     = "8443"
//   timeout  = "30s"
//   url      = "https://${server.host}:${server.port}/" => https://example.org:8443/
// [database] 2 keys
//   dsn      = "${database.user}@${server.host}/main" => admin@example.org/main
//   user     = "admin"
// [paths] 4 keys
//   home     = "/srv/${name}"               => /srv/demo app
//   logs     = "${paths.home}/logs"         => /srv/demo app/logs
//   loop     = "${paths.loop}"              ERROR paths.loop: paths.loop: paths.loop: paths.loop: paths.loop: paths.loop: expansion too deep
//   missing  = "${nowhere.x}"               ERROR undefined reference "nowhere.x"
// 8443 -1 3 7
// admin true
//  false
