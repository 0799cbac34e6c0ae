package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) ToC() Celsius     { return Celsius(k - 273.15) }

func (c Celsius) String() string    { return strconv.FormatFloat(float64(c), 'f', 2, 64) + "°C" }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.2f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

type Unit int

const (
	Millimeter Unit = iota
	Centimeter
	Meter
	Kilometer
	Inch
	Foot
	Yard
	Mile
	numUnits
)

var unitNames = [...]string{"mm", "cm", "m", "km", "in", "ft", "yd", "mi"}

// meters per unit
var unitFactor = [numUnits]float64{0.001, 0.01, 1, 1000, 0.0254, 0.3048, 0.9144, 1609.344}

func (u Unit) String() string {
	if u < 0 || u >= numUnits {
		return "Unit(" + strconv.Itoa(int(u)) + ")"
	}
	return unitNames[u]
}

func ParseUnit(s string) (Unit, error) {
	for i, n := range unitNames {
		if strings.EqualFold(n, s) {
			return Unit(i), nil
		}
	}
	return 0, fmt.Errorf("unknown unit %q", s)
}

type Length struct {
	Value float64
	Unit  Unit
}

func (l Length) To(u Unit) Length {
	return Length{l.Value * unitFactor[l.Unit] / unitFactor[u], u}
}

func (l Length) String() string { return fmt.Sprintf("%.4g %v", l.Value, l.Unit) }

var ErrSyntax = errors.New("syntax error")

func ParseLength(s string) (Length, error) {
	fields := strings.Fields(s)
	if len(fields) != 2 {
		return Length{}, fmt.Errorf("%w: %q", ErrSyntax, s)
	}
	v, err := strconv.ParseFloat(fields[0], 64)
	if err != nil {
		return Length{}, fmt.Errorf("value: %w", err)
	}
	u, err := ParseUnit(fields[1])
	if err != nil {
		return Length{}, err
	}
	return Length{v, u}, nil
}

type ByteSize uint64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", float64(b)/float64(TB))
	case b >= GB:
		return fmt.Sprintf("%.2fGB", float64(b)/float64(GB))
	case b >= MB:
		return fmt.Sprintf("%.2fMB", float64(b)/float64(MB))
	case b >= KB:
		return fmt.Sprintf("%.2fKB", float64(b)/float64(KB))
	}
	return fmt.Sprintf("%dB", uint64(b))
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d%7]
}

func (d Weekday) Add(n int) Weekday { return Weekday(((int(d)+n)%7 + 7) % 7) }

func main() {
	for _, c := range []Celsius{-40, 0, 37, 100} {
		fmt.Println(c, "=", c.ToF(), "=", c.ToK(), "| back:", c.ToF().ToC())
	}
	fmt.Println(Kelvin(0).ToC(), Fahrenheit(451).ToC())

	inputs := []string{"5 km", "26.2 mi", "6 ft", "100 yd", "12 IN", "3 furlongs", "abc m", "10"}
	var lengths []Length
	for _, in := range inputs {
		l, err := ParseLength(in)
		if err != nil {
			fmt.Printf("%-10q error: %v (syntax=%t)\n", in, err, errors.Is(err, ErrSyntax))
			continue
		}
		lengths = append(lengths, l)
		fmt.Printf("%-10q = %v = %v = %v\n", in, l.To(Meter), l.To(Foot), l.To(Kilometer))
	}
	sort.Slice(lengths, func(i, j int) bool {
		return lengths[i].To(Meter).Value < lengths[j].To(Meter).Value
	})
	fmt.Println("sorted:", lengths)
	fmt.Println(Unit(3), Unit(12), Mile, numUnits)

	for _, b := range []ByteSize{512, 1536, 5 * MB, 3*GB + 512*MB, 2 * TB} {
		fmt.Printf("%d bytes = %v\n", uint64(b), b)
	}
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Friday.Add(3), Monday.Add(-2), Sunday.Add(14), Saturday)
	fmt.Printf("%v %d %s %q\n", Wednesday, Wednesday, Thursday, Tuesday)
}

// Output:
// -40.00°C = -40.00°F = 233.15K | back: -40.00°C
// 0.00°C = 32.00°F = 273.15K | back: 0.00°C
// 37.00°C = 98.60°F = 310.15K | back: 37.00°C
// 100.00°C = 212.00°F = 373.15K | back: 100.00°C
// -273.15°C 232.78°C
// "5 km"     = 5000 m = 1.64e+04 ft = 5 km
// "26.2 mi"  = 4.216e+04 m = 1.383e+05 ft = 42.16 km
// "6 ft"     = 1.829 m = 6 ft = 0.001829 km
// "100 yd"   = 91.44 m = 300 ft = 0.09144 km
// "12 IN"    = 0.3048 m = 1 ft = 0.0003048 km
// "3 furlongs" error: unknown unit "furlongs" (syntax=false)
// "abc m"    error: value: strconv.ParseFloat: parsing "abc": invalid syntax (syntax=false)
// "10"       error: syntax error: "10" (syntax=true)
// sorted: [12 in 6 ft 100 yd 5 km 26.2 mi]
// km Unit(12) mi Unit(8)
// 512 bytes = 512B
// 1536 bytes = 1.50KB
// 5242880 bytes = 5.00MB
// 3758096384 bytes = 3.50GB
// 2199023255552 bytes = 2.00TB
// 1.00KB 1.00MB 1.00GB 1.00TB
// Mon Sat Sun Sat
// Wed 3 Thu "Tue"
