package main

import "fmt"

type S struct{ N int }

func kind(v any) string {
	switch v := v.(type) {
	case S:
		return fmt.Sprint("S ", v.N)
	case *S:
		v.N++
		return fmt.Sprint("*S ", v.N)
	case []S:
		return fmt.Sprint("[]S ", len(v))
	case map[string]S:
		return "map"
	}
	return "?"
}

func main() {
	s := S{1}
	k1, k2 := kind(s), kind(&s)
	fmt.Println(k1, k2, s.N)
	fmt.Println(kind([]S{s, s}), kind(map[string]S{}), kind(nil))
}

// Output:
// S 1 *S 2 2
// []S 2 map ?
