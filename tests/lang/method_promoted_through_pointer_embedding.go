package main

import "fmt"

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	name string
}

type Server struct {
	Service
}

func main() {
	lg := &Logger{}
	srv := Server{Service{lg, "svc"}}
	srv.Log("a")
	srv.Service.Log("b")
	srv.Logger.Log("c")
	fmt.Println(lg.lines, len(srv.lines))
}

// Output:
// [a b c] 3
