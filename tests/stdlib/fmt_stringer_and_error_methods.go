package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Oops struct{ n int }

func (o *Oops) Error() string { return fmt.Sprint("oops #", o.n) }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f\n", t, t, t, t)
	fmt.Println([]Temp{1, 2})
	var err error = &Oops{3}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(Both{})
	fmt.Println(errors.New("plain"))
	fmt.Printf("%x\n", Temp(1))
}

// Output:
// 21.5°
// 21.5° 21.5° %!d(main.Temp=21.456) 21.46
// [1.0° 2.0°]
// oops #3
// oops #3|oops #3|"oops #3"
// error wins
// plain
// 312e30c2b0
