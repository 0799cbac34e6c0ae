package main

import "fmt"

type Größe struct{ Wert int }

func (g Größe) 加倍() int { return g.Wert * 2 }

func main() {
	π := 3.14159
	日本 := "japan"
	größe := Größe{21}
	fmt.Println(π, 日本, größe.加倍())
	_ß := 1
	fmt.Println(_ß)
}

// Output:
// 3.14159 japan 42
// 1
