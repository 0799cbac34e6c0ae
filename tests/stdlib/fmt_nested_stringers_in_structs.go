package main

import "fmt"

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return "L?"
}

type Entry struct {
	Lvl  Level
	Msg  string
	Tags map[string]Level
	List []Level
}

func main() {
	e := Entry{1, "started", map[string]Level{"a": 0}, []Level{0, 1, 5}}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Printf("%d\n", e.List)
	fmt.Printf("%#v\n", e.Lvl)
}

// Output:
// {INFO started map[a:DEBUG] [DEBUG INFO L?]}
// {Lvl:INFO Msg:started Tags:map[a:DEBUG] List:[DEBUG INFO L?]}
// [0 1 5]
// 1
