package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return "?"
}

type Vehicle interface {
	Plate() string
	Size() Size
}

type Motorbike struct{ plate string }
type Car struct{ plate string }
type Truck struct {
	plate string
	axles int
}

func (m Motorbike) Plate() string { return m.plate }
func (Motorbike) Size() Size      { return Small }
func (c Car) Plate() string       { return c.plate }
func (Car) Size() Size            { return Medium }
func (t Truck) Plate() string     { return t.plate }
func (t Truck) Size() Size        { return Large }

type Spot struct {
	ID       string
	Size     Size
	Occupant Vehicle
	Since    time.Duration
}

type Garage struct {
	spots   []*Spot
	byPlate map[string]*Spot
	revenue int
}

var (
	ErrFull      = errors.New("no suitable spot")
	ErrDuplicate = errors.New("vehicle already parked")
	ErrNotHere   = errors.New("vehicle not found")
)

func NewGarage(layout string) *Garage {
	g := &Garage{byPlate: map[string]*Spot{}}
	for level, row := range strings.Fields(layout) {
		for i, c := range row {
			size := map[rune]Size{'s': Small, 'm': Medium, 'l': Large}[c]
			g.spots = append(g.spots, &Spot{ID: fmt.Sprintf("%c%02d", 'A'+level, i+1), Size: size})
		}
	}
	return g
}

// Park picks the smallest free spot that fits, then the lowest ID.
func (g *Garage) Park(v Vehicle, now time.Duration) (*Spot, error) {
	if _, ok := g.byPlate[v.Plate()]; ok {
		return nil, fmt.Errorf("%s: %w", v.Plate(), ErrDuplicate)
	}
	var best *Spot
	for _, s := range g.spots {
		if s.Occupant != nil || s.Size < v.Size() {
			continue
		}
		if best == nil || s.Size < best.Size {
			best = s
		}
	}
	if best == nil {
		return nil, fmt.Errorf("%s (%v): %w", v.Plate(), v.Size(), ErrFull)
	}
	best.Occupant, best.Since = v, now
	g.byPlate[v.Plate()] = best
	return best, nil
}

func fee(v Vehicle, d time.Duration) int {
	hours := int((d + time.Hour - 1) / time.Hour)
	rate := map[Size]int{Small: 100, Medium: 250, Large: 500}[v.Size()]
	if t, ok := v.(Truck); ok && t.axles > 2 {
		rate += 100 * (t.axles - 2)
	}
	return min(hours*rate, 8*rate)
}

func (g *Garage) Leave(plate string, now time.Duration) (int, error) {
	s, ok := g.byPlate[plate]
	if !ok {
		return 0, fmt.Errorf("%s: %w", plate, ErrNotHere)
	}
	f := fee(s.Occupant, now-s.Since)
	g.revenue += f
	delete(g.byPlate, plate)
	s.Occupant = nil
	return f, nil
}

func (g *Garage) Map() string {
	var b strings.Builder
	level := byte(0)
	for _, s := range g.spots {
		if s.ID[0] != level {
			if level != 0 {
				b.WriteByte('\n')
			}
			level = s.ID[0]
			b.WriteString(string(level) + ": ")
		}
		if s.Occupant == nil {
			b.WriteString(strings.ToLower(s.Size.String()))
		} else {
			b.WriteString(s.Occupant.Size().String())
		}
	}
	return b.String()
}

func main() {
	g := NewGarage("ssmml mmmll")
	type event struct {
		at    time.Duration
		in    Vehicle
		leave string
	}
	h := time.Hour
	events := []event{
		{0, Car{"CAR-1"}, ""}, {10 * time.Minute, Motorbike{"BIKE-1"}, ""}, {20 * time.Minute, Truck{"TRK-1", 3}, ""},
		{30 * time.Minute, Car{"CAR-2"}, ""}, {40 * time.Minute, Car{"CAR-1"}, ""}, {h, Truck{"TRK-2", 2}, ""},
		{h, Truck{"TRK-3", 4}, ""}, {2 * h, Motorbike{"BIKE-2"}, ""}, {2*h + 5*time.Minute, Motorbike{"BIKE-3"}, ""},
		{3 * h, nil, "CAR-1"}, {3*h + time.Minute, nil, "TRK-1"}, {4 * h, nil, "NOPE"}, {4 * h, Truck{"TRK-3", 4}, ""},
		{30 * h, nil, "BIKE-1"},
	}
	for _, e := range events {
		if e.in != nil {
			s, err := g.Park(e.in, e.at)
			if err != nil {
				fmt.Printf("%-8v park  %-7s FAILED: %v\n", e.at, e.in.Plate(), err)
				continue
			}
			fmt.Printf("%-8v park  %-7s -> %s (%v spot)\n", e.at, e.in.Plate(), s.ID, s.Size)
		} else {
			f, err := g.Leave(e.leave, e.at)
			if err != nil {
				fmt.Printf("%-8v leave %-7s FAILED: %v\n", e.at, e.leave, err)
				continue
			}
			fmt.Printf("%-8v leave %-7s fee $%d.%02d\n", e.at, e.leave, f/100, f%100)
		}
	}
	fmt.Println(g.Map())
	plates := make([]string, 0, len(g.byPlate))
	for p := range g.byPlate {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	fmt.Println("parked:", plates, "revenue:", g.revenue)
}

// Output:
// 0s       park  CAR-1   -> A03 (M spot)
// 10m0s    park  BIKE-1  -> A01 (S spot)
// 20m0s    park  TRK-1   -> A05 (L spot)
// 30m0s    park  CAR-2   -> A04 (M spot)
// 40m0s    park  CAR-1   FAILED: CAR-1: vehicle already parked
// 1h0m0s   park  TRK-2   -> B04 (L spot)
// 1h0m0s   park  TRK-3   -> B05 (L spot)
// 2h0m0s   park  BIKE-2  -> A02 (S spot)
// 2h5m0s   park  BIKE-3  -> B01 (M spot)
// 3h0m0s   leave CAR-1   fee $7.50
// 3h1m0s   leave TRK-1   fee $18.00
// 4h0m0s   leave NOPE    FAILED: NOPE: vehicle not found
// 4h0m0s   park  TRK-3   FAILED: TRK-3: vehicle already parked
// 30h0m0s  leave BIKE-1  fee $8.00
// A: sSmMl
// B: SmmLL
// parked: [BIKE-2 BIKE-3 CAR-2 TRK-2 TRK-3] revenue: 3350
