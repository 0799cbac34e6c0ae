package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func main() {
	c := Celsius(100)
	fmt.Println(c, CToF(c))
	fmt.Printf("%T %T\n", c, CToF(c))
	l := IntList{1, 2, 3}
	fmt.Println(l.Sum(), len(l), l[1:].Sum())
	var raw []int = l
	fmt.Println(raw)
}

// Output:
// 100.0°C 212
// main.Celsius main.Fahrenheit
// 6 3 5
// [1 2 3]
