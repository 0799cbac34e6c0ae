package main

import (
	"fmt"
	"strings"
)

type Config map[string]any

func (c Config) String(key string) string { return c[key].(string) }
func (c Config) Int(key string) int       { return c[key].(int) }

func render(c Config) string {
	var b strings.Builder
	b.WriteString(c.String("name"))
	b.WriteString(":")
	b.WriteString(fmt.Sprint(c.Int("port")))
	return b.String()
}

func main() {
	configs := []Config{
		{"name": "web", "port": 80},
		{"name": "db", "port": 5432},
		{"name": "cache", "port": "6379"},
	}
	for _, c := range configs {
		fmt.Println(render(c))
	}
}

// Output:
// web:80
// db:5432
// Error:
// panic: interface conversion: interface {} is string, not int
