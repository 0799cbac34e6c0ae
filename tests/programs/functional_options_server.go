package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host        string
	port        int
	timeout     time.Duration
	maxConns    int
	tls         bool
	middlewares []string
	tags        map[string]string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		if d < time.Millisecond {
			return errors.New("timeout too small")
		}
		s.timeout = d
		return nil
	}
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithMaxConns(n int) Option {
	return func(s *Server) error { s.maxConns = n; return nil }
}

func WithMiddleware(names ...string) Option {
	return func(s *Server) error {
		s.middlewares = append(s.middlewares, names...)
		return nil
	}
}

func WithTag(k, v string) Option {
	return func(s *Server) error {
		if s.tags == nil {
			s.tags = map[string]string{}
		}
		s.tags[k] = v
		return nil
	}
}

// Preset bundles several options into one.
func Preset(opts ...Option) Option {
	return func(s *Server) error {
		for _, o := range opts {
			if err := o(s); err != nil {
				return err
			}
		}
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
	var errs []error
	for i, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, fmt.Errorf("option %d: %w", i, err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	mw := "none"
	if len(s.middlewares) > 0 {
		mw = strings.Join(s.middlewares, ">")
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v max=%d mw=%s tags=%v", scheme, s.host, s.port, s.timeout, s.maxConns, mw, s.tags)
}

func main() {
	production := Preset(WithTLS(), WithPort(443), WithMiddleware("log", "auth"), WithTag("env", "prod"))
	configs := []struct {
		name string
		host string
		opts []Option
	}{
		{"defaults", "localhost", nil},
		{"custom", "api.local", []Option{WithPort(9000), WithTimeout(1500 * time.Millisecond), WithMaxConns(5)}},
		{"prod", "example.com", []Option{production, WithMiddleware("gzip"), WithTag("region", "eu")}},
		{"bad", "x", []Option{WithPort(70000), WithTimeout(0), WithTLS()}},
		{"override", "y", []Option{WithPort(1), WithPort(2), WithTag("a", "1"), WithTag("a", "2")}},
	}
	for _, c := range configs {
		s, err := NewServer(c.host, c.opts...)
		if err != nil {
			fmt.Printf("%-8s error:\n  %s\n", c.name, strings.ReplaceAll(err.Error(), "\n", "\n  "))
			continue
		}
		fmt.Printf("%-8s %v\n", c.name, s)
	}
}

// Output:
// defaults http://localhost:8080 timeout=30s max=100 mw=none tags=map[]
// custom   http://api.local:9000 timeout=1.5s max=5 mw=none tags=map[]
// prod     https://example.com:443 timeout=30s max=100 mw=log>auth>gzip tags=map[env:prod region:eu]
// bad      error:
//   option 0: invalid port 70000
//   option 1: timeout too small
// override http://y:2 timeout=30s max=100 mw=none tags=map[a:2]
