package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Element struct {
	Name     string
	Attrs    map[string]string
	Children []*Element
	Text     string
}

type ParseError struct {
	Offset int
	Msg    string
}

func (e *ParseError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

func parseAttrs(s string, off int) (map[string]string, error) {
	attrs := map[string]string{}
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		eq := strings.IndexByte(s, '=')
		if eq < 0 || len(s) < eq+2 || s[eq+1] != '"' {
			return nil, &ParseError{off, fmt.Sprintf("bad attribute near %q", s)}
		}
		end := strings.IndexByte(s[eq+2:], '"')
		if end < 0 {
			return nil, &ParseError{off, "unterminated attribute value"}
		}
		attrs[strings.TrimSpace(s[:eq])] = s[eq+2 : eq+2+end]
		s = s[eq+3+end:]
	}
	return attrs, nil
}

func Parse(doc string) (*Element, error) {
	root := &Element{Name: "#root"}
	stack := []*Element{root}
	for i := 0; i < len(doc); {
		if doc[i] != '<' {
			j := strings.IndexByte(doc[i:], '<')
			if j < 0 {
				j = len(doc) - i
			}
			if text := strings.TrimSpace(doc[i : i+j]); text != "" {
				top := stack[len(stack)-1]
				top.Text += text
			}
			i += j
			continue
		}
		end := strings.IndexByte(doc[i:], '>')
		if end < 0 {
			return nil, &ParseError{i, "unclosed '<'"}
		}
		tag := doc[i+1 : i+end]
		switch {
		case strings.HasPrefix(tag, "/"):
			name := tag[1:]
			top := stack[len(stack)-1]
			if top.Name != name {
				return nil, &ParseError{i, fmt.Sprintf("expected </%s>, found </%s>", top.Name, name)}
			}
			stack = stack[:len(stack)-1]
		default:
			selfClosing := strings.HasSuffix(tag, "/")
			tag = strings.TrimSuffix(tag, "/")
			name, rest, _ := strings.Cut(tag, " ")
			attrs, err := parseAttrs(rest, i)
			if err != nil {
				return nil, err
			}
			el := &Element{Name: name, Attrs: attrs}
			parent := stack[len(stack)-1]
			parent.Children = append(parent.Children, el)
			if !selfClosing {
				stack = append(stack, el)
			}
		}
		i += end + 1
	}
	if len(stack) > 1 {
		return nil, &ParseError{len(doc), fmt.Sprintf("unclosed <%s>", stack[len(stack)-1].Name)}
	}
	return root, nil
}

func (e *Element) Dump(indent string, b *strings.Builder) {
	keys := make([]string, 0, len(e.Attrs))
	for k := range e.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var attrs []string
	for _, k := range keys {
		attrs = append(attrs, k+"="+e.Attrs[k])
	}
	fmt.Fprintf(b, "%s%s", indent, e.Name)
	if len(attrs) > 0 {
		fmt.Fprintf(b, " [%s]", strings.Join(attrs, " "))
	}
	if e.Text != "" {
		fmt.Fprintf(b, " %q", e.Text)
	}
	b.WriteByte('\n')
	for _, c := range e.Children {
		c.Dump(indent+"  ", b)
	}
}

func (e *Element) FindAll(name string) []*Element {
	var out []*Element
	if e.Name == name {
		out = append(out, e)
	}
	for _, c := range e.Children {
		out = append(out, c.FindAll(name)...)
	}
	return out
}

const catalog = `<catalog version="2">
  <book id="b1" lang="en"><title>The Go Programming Language</title><price currency="USD">34.99</price></book>
  <book id="b2"><title>Concurrency in Go</title><price currency="EUR">29.50</price><tag/></book>
  <magazine id="m1"><title>Byte</title></magazine>
</catalog>`

func main() {
	root, err := Parse(catalog)
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	root.Dump("", &b)
	fmt.Print(b.String())
	for _, bk := range root.FindAll("book") {
		title := bk.FindAll("title")[0].Text
		price := bk.FindAll("price")[0]
		lang, ok := bk.Attrs["lang"]
		if !ok {
			lang = "?"
		}
		fmt.Printf("%s: %q %s %s (lang %s)\n", bk.Attrs["id"], title, price.Text, price.Attrs["currency"], lang)
	}
	fmt.Println("titles:", len(root.FindAll("title")))
	for _, bad := range []string{"<a><b></a></b>", "<a>", "<a x=1></a>", "<a", "<a y=\"ok\">t</a>"} {
		_, err := Parse(bad)
		var pe *ParseError
		fmt.Printf("%-18q err=%v parseErr=%t\n", bad, err, errors.As(err, &pe))
	}
}

// Output:
// #root
//   catalog [version=2]
//     book [id=b1 lang=en]
//       title "The Go Programming Language"
//       price [currency=USD] "34.99"
//     book [id=b2]
//       title "Concurrency in Go"
//       price [currency=EUR] "29.50"
//       tag
//     magazine [id=m1]
//       title "Byte"
// b1: "The Go Programming Language" 34.99 USD (lang en)
// b2: "Concurrency in Go" 29.50 EUR (lang ?)
// titles: 3
// "<a><b></a></b>"   err=offset 6: expected </b>, found </a> parseErr=true
// "<a>"              err=offset 3: unclosed <a> parseErr=true
// "<a x=1></a>"      err=offset 0: bad attribute near "x=1" parseErr=true
// "<a"               err=offset 0: unclosed '<' parseErr=true
// "<a y=\"ok\">t</a>" err=<nil> parseErr=false
