package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type URL struct {
	Scheme   string
	User     string
	Host     string
	Port     int
	Path     string
	Query    map[string][]string
	Fragment string
}

var ErrNoScheme = errors.New("missing scheme")

func unescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b.WriteByte(' ')
		case '%':
			if i+2 >= len(s) {
				return "", fmt.Errorf("truncated escape in %q", s)
			}
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", fmt.Errorf("bad escape %q", s[i:i+3])
			}
			b.WriteByte(byte(v))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("-_.~", c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func Parse(raw string) (*URL, error) {
	u := &URL{Query: map[string][]string{}}
	rest := raw
	var ok bool
	u.Scheme, rest, ok = strings.Cut(rest, "://")
	if !ok {
		return nil, fmt.Errorf("parse %q: %w", raw, ErrNoScheme)
	}
	rest, u.Fragment, _ = strings.Cut(rest, "#")
	rest, query, _ := strings.Cut(rest, "?")
	authority, path, hasPath := strings.Cut(rest, "/")
	if hasPath {
		u.Path = "/" + path
	}
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		u.User, authority = authority[:at], authority[at+1:]
	}
	host, port, hasPort := strings.Cut(authority, ":")
	u.Host = strings.ToLower(host)
	if hasPort {
		p, err := strconv.Atoi(port)
		if err != nil || p < 1 || p > 65535 {
			return nil, fmt.Errorf("parse %q: invalid port %q", raw, port)
		}
		u.Port = p
	} else {
		u.Port = map[string]int{"http": 80, "https": 443, "ftp": 21}[u.Scheme]
	}
	if query != "" {
		for _, pair := range strings.Split(query, "&") {
			k, v, _ := strings.Cut(pair, "=")
			k, err := unescape(k)
			if err != nil {
				return nil, err
			}
			v, err = unescape(v)
			if err != nil {
				return nil, err
			}
			u.Query[k] = append(u.Query[k], v)
		}
	}
	return u, nil
}

func (u *URL) EncodeQuery() string {
	keys := make([]string, 0, len(u.Query))
	for k := range u.Query {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, v := range u.Query[k] {
			parts = append(parts, escape(k)+"="+escape(v))
		}
	}
	return strings.Join(parts, "&")
}

func (u *URL) String() string {
	s := u.Scheme + "://"
	if u.User != "" {
		s += u.User + "@"
	}
	s += u.Host
	if def := map[string]int{"http": 80, "https": 443}[u.Scheme]; u.Port != def {
		s += ":" + strconv.Itoa(u.Port)
	}
	s += u.Path
	if q := u.EncodeQuery(); q != "" {
		s += "?" + q
	}
	if u.Fragment != "" {
		s += "#" + u.Fragment
	}
	return s
}

func main() {
	inputs := []string{
		"https://Example.COM/search?q=go+lang&page=2&q=amber#results",
		"http://bob:secret@localhost:8080/api/v1/items?filter=name%3D%22x%22&empty=",
		"ftp://files.example.org/pub/readme.txt",
		"https://example.com",
		"example.com/path",
		"http://host:99999/",
		"http://host/?bad=%zz",
		"https://api.example.com/p?city=S%C3%A3o+Paulo&tags=a&tags=b&tags=c",
	}
	for _, in := range inputs {
		u, err := Parse(in)
		if err != nil {
			fmt.Println("error:", err, "| no scheme:", errors.Is(err, ErrNoScheme))
			continue
		}
		fmt.Printf("%s\n  scheme=%s user=%q host=%s port=%d path=%q frag=%q\n  query=%v\n  => %s\n",
			in, u.Scheme, u.User, u.Host, u.Port, u.Path, u.Fragment, u.Query, u)
	}
	fmt.Println(escape("a b&c=d/é?"))
	s, err := unescape("100%25+sure%21")
	fmt.Println(s, err)
}

// Output:
// https://Example.COM/search?q=go+lang&page=2&q=amber#results
//   scheme=https user="" host=example.com port=443 path="/search" frag="results"
//   query=map[page:[2] q:[go lang amber]]
//   => https://example.com/search?page=2&q=go+lang&q=amber#results
// http://bob:secret@localhost:8080/api/v1/items?filter=name%3D%22x%22&empty=
//   scheme=http user="bob:secret" host=localhost port=8080 path="/api/v1/items" frag=""
//   query=map[empty:[] filter:[name="x"]]
//   => http://bob:secret@localhost:8080/api/v1/items?empty=&filter=name%3D%22x%22
// ftp://files.example.org/pub/readme.txt
//   scheme=ftp user="" host=files.example.org port=21 path="/pub/readme.txt" frag=""
//   query=map[]
//   => ftp://files.example.org:21/pub/readme.txt
// https://example.com
//   scheme=https user="" host=example.com port=443 path="" frag=""
//   query=map[]
//   => https://example.com
// error: parse "example.com/path": missing scheme | no scheme: true
// error: parse "http://host:99999/": invalid port "99999" | no scheme: false
// error: bad escape "%zz" | no scheme: false
// https://api.example.com/p?city=S%C3%A3o+Paulo&tags=a&tags=b&tags=c
//   scheme=https user="" host=api.example.com port=443 path="/p" frag=""
//   query=map[city:[São Paulo] tags:[a b c]]
//   => https://api.example.com/p?city=S%C3%A3o+Paulo&tags=a&tags=b&tags=c
// a+b%26c%3Dd%2F%C3%A9%3F
// 100% sure! <nil>
