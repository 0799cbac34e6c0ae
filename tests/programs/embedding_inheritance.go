package main

import (
	"fmt"
)

type Entity struct {
	ID   int
	Name string
}

func (e Entity) Describe() string { return fmt.Sprintf("#%d %s", e.ID, e.Name) }
func (e *Entity) Rename(n string) { e.Name = n }

type Position struct{ X, Y int }

func (p *Position) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Position) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Health struct {
	HP, MaxHP int
}

func (h *Health) Damage(n int) bool {
	h.HP -= n
	if h.HP < 0 {
		h.HP = 0
	}
	return h.HP == 0
}

func (h Health) Describe() string { return fmt.Sprintf("%d/%d HP", h.HP, h.MaxHP) }

type Player struct {
	Entity
	*Position
	Health
	Level int
}

// Describe resolves the ambiguity between Entity.Describe and Health.Describe.
func (p Player) Describe() string {
	return p.Entity.Describe() + " L" + fmt.Sprint(p.Level) + " " + p.Health.Describe() + " at " + p.Position.String()
}

type Monster struct {
	Entity
	Position
	Health
	Loot []string
}

type Describer interface{ Describe() string }
type Mover interface{ Move(dx, dy int) }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Arena struct {
	*Logger
	players  []*Player
	monsters []*Monster
}

func (a *Arena) Attack(p *Player, m *Monster, dmg int) {
	dead := m.Damage(dmg)
	a.Logf("%s hits %s for %d (%s)", p.Name, m.Name, dmg, m.Health.Describe())
	if dead {
		a.Logf("%s dies, dropping %v", m.Name, m.Loot)
		p.Level++
	}
}

func main() {
	hero := &Player{Entity{1, "Ayla"}, &Position{0, 0}, Health{30, 30}, 1}
	orc := &Monster{Entity{2, "Orc"}, Position{5, 5}, Health{12, 12}, []string{"axe", "gold"}}
	rat := &Monster{Entity: Entity{3, "Rat"}, Health: Health{3, 3}}

	hero.Move(2, 3)
	hero.Rename("Ayla the Brave")
	orc.Move(-1, 0)
	fmt.Println(hero.Describe())
	fmt.Println(orc.Entity.Describe(), orc.Position, orc.X, orc.HP)

	var movers []Mover = []Mover{hero, orc, &rat.Position}
	for i, m := range movers {
		m.Move(i, i)
	}
	fmt.Println(hero.Position, orc.Position, rat.Position)

	items := []Describer{hero, orc.Entity, orc.Health, &rat.Entity}
	for _, d := range items {
		fmt.Printf("%-10T %s\n", d, d.Describe())
	}

	arena := &Arena{Logger: &Logger{prefix: "[arena] "}, players: []*Player{hero}, monsters: []*Monster{orc, rat}}
	for round, dmg := range []int{5, 4, 6} {
		arena.Attack(hero, orc, dmg)
		if round == 1 {
			arena.Attack(hero, rat, 10)
		}
	}
	for _, l := range arena.lines {
		fmt.Println(l)
	}
	fmt.Println(hero.Describe())

	copyHero := *hero
	copyHero.Name = "Clone"
	copyHero.Move(100, 100) // shares *Position with hero
	copyHero.HP = 1         // Health is a value: not shared
	fmt.Println(hero.Name, hero.Position, hero.HP, "|", copyHero.Name, copyHero.Position, copyHero.HP)
	fmt.Printf("%+v\n", *orc)
	describe := hero.Entity.Describe
	hero.Name = "changed"
	fmt.Println(describe(), (*Entity).Describe(&hero.Entity))
}

// Output:
// #1 Ayla the Brave L1 30/30 HP at (2,3)
// #2 Orc (4,5) 4 12
// (2,3) (5,6) (2,2)
// *main.Player #1 Ayla the Brave L1 30/30 HP at (2,3)
// main.Entity #2 Orc
// main.Health 12/12 HP
// *main.Entity #3 Rat
// [arena] Ayla the Brave hits Orc for 5 (7/12 HP)
// [arena] Ayla the Brave hits Orc for 4 (3/12 HP)
// [arena] Ayla the Brave hits Rat for 10 (0/3 HP)
// [arena] Rat dies, dropping []
// [arena] Ayla the Brave hits Orc for 6 (0/12 HP)
// [arena] Orc dies, dropping [axe gold]
// #1 Ayla the Brave L3 30/30 HP at (2,3)
// Ayla the Brave (102,103) 30 | Clone (102,103) 1
// (5,6)
// #1 Ayla the Brave #1 changed
