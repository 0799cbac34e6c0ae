package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Filter func(string, []string) (string, error)

var filters = map[string]Filter{
	"upper": func(s string, _ []string) (string, error) { return strings.ToUpper(s), nil },
	"lower": func(s string, _ []string) (string, error) { return strings.ToLower(s), nil },
	"title": func(s string, _ []string) (string, error) {
		words := strings.Fields(s)
		for i, w := range words {
			words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
		}
		return strings.Join(words, " "), nil
	},
	"default": func(s string, args []string) (string, error) {
		if s == "" && len(args) > 0 {
			return args[0], nil
		}
		return s, nil
	},
	"pad": func(s string, args []string) (string, error) {
		if len(args) != 1 {
			return "", errors.New("pad needs a width")
		}
		n, err := strconv.Atoi(args[0])
		if err != nil {
			return "", fmt.Errorf("pad: %w", err)
		}
		return fmt.Sprintf("%-*s", n, s), nil
	},
	"trunc": func(s string, args []string) (string, error) {
		n, err := strconv.Atoi(args[0])
		if err != nil {
			return "", err
		}
		if len(s) > n {
			return s[:n] + "...", nil
		}
		return s, nil
	},
}

type UnknownError struct{ Kind, Name string }

func (e *UnknownError) Error() string { return "unknown " + e.Kind + " " + strconv.Quote(e.Name) }

func Render(tpl string, data map[string]string) (string, error) {
	var out strings.Builder
	for {
		start := strings.Index(tpl, "{{")
		if start < 0 {
			out.WriteString(tpl)
			return out.String(), nil
		}
		end := strings.Index(tpl[start:], "}}")
		if end < 0 {
			return "", fmt.Errorf("unclosed tag at offset %d", start)
		}
		out.WriteString(tpl[:start])
		expr := strings.TrimSpace(tpl[start+2 : start+end])
		parts := strings.Split(expr, "|")
		name := strings.TrimSpace(parts[0])
		val, ok := data[name]
		if !ok && !strings.Contains(expr, "default") {
			return "", &UnknownError{"variable", name}
		}
		for _, f := range parts[1:] {
			fields := strings.Fields(f)
			fn, ok := filters[fields[0]]
			if !ok {
				return "", &UnknownError{"filter", fields[0]}
			}
			var err error
			if val, err = fn(val, fields[1:]); err != nil {
				return "", fmt.Errorf("filter %s: %w", fields[0], err)
			}
		}
		out.WriteString(val)
		tpl = tpl[start+end+2:]
	}
}

func main() {
	data := map[string]string{"name": "ada lovelace", "lang": "Go", "city": "", "bio": "first programmer in history"}
	tpls := []string{
		"Hello, {{name | title}}! You write {{ lang | upper }}.",
		"City: {{city | default unknown | upper}}",
		"[{{lang | pad 6}}] [{{name | trunc 3}}]",
		"{{bio|title|trunc 14}}",
		"Missing: {{nope}}",
		"Bad filter: {{name | reverse}}",
		"Bad arg: {{name | pad x}}",
		"Unclosed {{name",
		"No tags at all",
		"{{nickname | default anonymous}} joined",
	}
	for _, t := range tpls {
		out, err := Render(t, data)
		if err != nil {
			var ue *UnknownError
			fmt.Printf("%-50q ERROR %v (unknown=%t)\n", t, err, errors.As(err, &ue))
			continue
		}
		fmt.Printf("%-50q => %q\n", t, out)
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	names := make([]string, 0, len(filters))
	for n := range filters {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("filters:", strings.Join(names, ", "))
}

// Output:
// "Hello, {{name | title}}! You write {{ lang | upper }}." => "Hello, Ada Lovelace! You write GO."
// "City: {{city | default unknown | upper}}"         => "City: UNKNOWN"
// "[{{lang | pad 6}}] [{{name | trunc 3}}]"          => "[Go    ] [ada...]"
// "{{bio|title|trunc 14}}"                           => "First Programm..."
// "Missing: {{nope}}"                                ERROR unknown variable "nope" (unknown=true)
// "Bad filter: {{name | reverse}}"                   ERROR unknown filter "reverse" (unknown=true)
// "Bad arg: {{name | pad x}}"                        ERROR filter pad: pad: strconv.Atoi: parsing "x": invalid syntax (unknown=false)
// "Unclosed {{name"                                  ERROR unclosed tag at offset 9 (unknown=false)
// "No tags at all"                                   => "No tags at all"
// "{{nickname | default anonymous}} joined"          => "anonymous joined"
// &lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;
// filters: default, lower, pad, title, trunc, upper
