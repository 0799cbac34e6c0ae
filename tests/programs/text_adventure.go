package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Dark  bool
}

type Game struct {
	rooms     map[string]*Room
	current   string
	inventory map[string]bool
	moves     int
	over      bool
}

func newGame() *Game {
	g := &Game{rooms: map[string]*Room{}, inventory: map[string]bool{}}
	add := func(r *Room) { g.rooms[r.Name] = r }
	add(&Room{Name: "hall", Desc: "A dusty entrance hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}})
	add(&Room{Name: "library", Desc: "Shelves of rotting books.", Exits: map[string]string{"south": "hall", "down": "cellar"}, Items: []string{"lamp"}})
	add(&Room{Name: "kitchen", Desc: "Smells of old soup.", Exits: map[string]string{"west": "hall"}, Items: []string{"key", "bread"}})
	add(&Room{Name: "cellar", Desc: "Cold stone walls. A locked chest sits here.", Exits: map[string]string{"up": "library"}, Dark: true})
	g.current = "hall"
	return g
}

func (g *Game) room() *Room { return g.rooms[g.current] }

func (g *Game) look() string {
	r := g.room()
	if r.Dark && !g.inventory["lamp"] {
		return "It is pitch dark. You might be eaten by a grue."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %s", strings.ToUpper(r.Name), r.Desc)
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, d)
	}
	sort.Strings(exits)
	fmt.Fprintf(&b, " Exits: %s.", strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		fmt.Fprintf(&b, " You see: %s.", strings.Join(r.Items, ", "))
	}
	return b.String()
}

type handler func(g *Game, args []string) string

var commands map[string]handler

func init() {
	commands = map[string]handler{
		"look": func(g *Game, _ []string) string { return g.look() },
		"go":   (*Game).move,
		"take": (*Game).take,
		"drop": (*Game).drop,
		"inv":  (*Game).inv,
		"open": (*Game).open,
	}
}

func (g *Game) move(args []string) string {
	if len(args) == 0 {
		return "Go where?"
	}
	dest, ok := g.room().Exits[args[0]]
	if !ok {
		return "You can't go " + args[0] + "."
	}
	g.current = dest
	return g.look()
}

func (g *Game) take(args []string) string {
	if len(args) == 0 {
		return "Take what?"
	}
	r := g.room()
	if r.Dark && !g.inventory["lamp"] {
		return "You fumble around in the dark."
	}
	for i, it := range r.Items {
		if it == args[0] {
			r.Items = append(r.Items[:i], r.Items[i+1:]...)
			g.inventory[it] = true
			return "Taken: " + it
		}
	}
	return "No " + args[0] + " here."
}

func (g *Game) drop(args []string) string {
	if len(args) == 0 || !g.inventory[args[0]] {
		return "You don't have that."
	}
	delete(g.inventory, args[0])
	g.room().Items = append(g.room().Items, args[0])
	return "Dropped: " + args[0]
}

func (g *Game) inv(_ []string) string {
	if len(g.inventory) == 0 {
		return "You carry nothing."
	}
	var items []string
	for it := range g.inventory {
		items = append(items, it)
	}
	sort.Strings(items)
	return "You carry: " + strings.Join(items, ", ")
}

func (g *Game) open(args []string) string {
	if g.current != "cellar" || len(args) == 0 || args[0] != "chest" {
		return "Nothing to open."
	}
	if !g.inventory["key"] {
		return "The chest is locked."
	}
	g.over = true
	return "The chest creaks open. Treasure! You win."
}

func (g *Game) exec(line string) string {
	fields := strings.Fields(strings.ToLower(line))
	if len(fields) == 0 {
		return ""
	}
	h, ok := commands[fields[0]]
	if !ok {
		return fmt.Sprintf("I don't know how to %q.", fields[0])
	}
	g.moves++
	return h(g, fields[1:])
}

func main() {
	g := newGame()
	script := []string{
		"look", "go west", "go north", "take lamp", "take book", "go down",
		"open chest", "go up", "go south", "go east", "take key", "drop bread",
		"inv", "go west", "dance", "go north", "go down", "drop lamp", "look",
		"take lamp", "open chest", "look",
	}
	for _, line := range script {
		if g.over {
			fmt.Println("(game over, ignoring:", line+")")
			continue
		}
		fmt.Printf("> %s\n%s\n", line, g.exec(line))
	}
	fmt.Printf("Finished in %d moves; inventory map: %v\n", g.moves, g.inventory)
}

// Output:
// > look
// [HALL] A dusty entrance hall. Exits: east, north.
// > go west
// You can't go west.
// > go north
// [LIBRARY] Shelves of rotting books. Exits: down, south. You see: lamp.
// > take lamp
// Taken: lamp
// > take book
// No book here.
// > go down
// [CELLAR] Cold stone walls. A locked chest sits here. Exits: up.
// > open chest
// The chest is locked.
// > go up
// [LIBRARY] Shelves of rotting books. Exits: down, south.
// > go south
// [HALL] A dusty entrance hall. Exits: east, north.
// > go east
// [KITCHEN] Smells of old soup. Exits: west. You see: key, bread.
// > take key
// Taken: key
// > drop bread
// You don't have that.
// > inv
// You carry: key, lamp
// > go west
// [HALL] A dusty entrance hall. Exits: east, north.
// > dance
// I don't know how to "dance".
// > go north
// [LIBRARY] Shelves of rotting books. Exits: down, south.
// > go down
// [CELLAR] Cold stone walls. A locked chest sits here. Exits: up.
// > drop lamp
// Dropped: lamp
// > look
// It is pitch dark. You might be eaten by a grue.
// > take lamp
// You fumble around in the dark.
// > open chest
// The chest creaks open. Treasure! You win.
// (game over, ignoring: look)
// Finished in 20 moves; inventory map: map[key:true]
