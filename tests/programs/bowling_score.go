package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrTooManyPins = errors.New("too many pins in frame")
	ErrGameOver    = errors.New("game is over")
	ErrIncomplete  = errors.New("game not finished")
	ErrBadRoll     = errors.New("invalid roll")
)

type Game struct {
	rolls []int
}

// frames splits rolls into frames, validating as it goes; done reports a complete game.
func (g *Game) frames() (frames [][]int, done bool, err error) {
	i := 0
	for f := 1; f <= 10; f++ {
		if i >= len(g.rolls) {
			return frames, false, nil
		}
		first := g.rolls[i]
		if f < 10 {
			if first == 10 {
				frames = append(frames, []int{10})
				i++
				continue
			}
			if i+1 >= len(g.rolls) {
				return append(frames, []int{first}), false, nil
			}
			second := g.rolls[i+1]
			if first+second > 10 {
				return frames, false, fmt.Errorf("frame %d: %d+%d: %w", f, first, second, ErrTooManyPins)
			}
			frames = append(frames, []int{first, second})
			i += 2
			continue
		}
		tenth := g.rolls[i:]
		if len(tenth) >= 2 && tenth[0] < 10 && tenth[0]+tenth[1] > 10 {
			return frames, false, fmt.Errorf("frame 10: %w", ErrTooManyPins)
		}
		if len(tenth) == 3 && tenth[0] == 10 && tenth[1] < 10 && tenth[1]+tenth[2] > 10 {
			return frames, false, fmt.Errorf("frame 10 bonus: %w", ErrTooManyPins)
		}
		need := 2
		if len(tenth) >= 2 && (tenth[0] == 10 || tenth[0]+tenth[1] == 10) {
			need = 3
		}
		if len(tenth) > need {
			return frames, true, ErrGameOver
		}
		return append(frames, tenth), len(tenth) == need, nil
	}
	return frames, true, nil
}

func (g *Game) Roll(pins int) error {
	if pins < 0 || pins > 10 {
		return fmt.Errorf("%w: %d", ErrBadRoll, pins)
	}
	if _, done, _ := g.frames(); done {
		return ErrGameOver
	}
	g.rolls = append(g.rolls, pins)
	if _, _, err := g.frames(); err != nil {
		g.rolls = g.rolls[:len(g.rolls)-1]
		return err
	}
	return nil
}

func (g *Game) Score() (int, error) {
	_, done, err := g.frames()
	if err != nil {
		return 0, err
	}
	if !done {
		return 0, ErrIncomplete
	}
	score, i := 0, 0
	for f := 0; f < 10; f++ {
		switch {
		case g.rolls[i] == 10:
			score += 10 + g.rolls[i+1] + g.rolls[i+2]
			i++
		case g.rolls[i]+g.rolls[i+1] == 10:
			score += 10 + g.rolls[i+2]
			i += 2
		default:
			score += g.rolls[i] + g.rolls[i+1]
			i += 2
		}
	}
	return score, nil
}

func parse(card string) []int {
	var rolls []int
	prev := 0
	for _, c := range strings.ReplaceAll(card, " ", "") {
		switch {
		case c == 'X':
			rolls = append(rolls, 10)
			prev = 0
		case c == '/':
			rolls = append(rolls, 10-prev)
			prev = 0
		case c == '-':
			rolls = append(rolls, 0)
			prev = 0
		default:
			prev = int(c - '0')
			rolls = append(rolls, prev)
		}
	}
	return rolls
}

func main() {
	cards := []string{
		"X X X X X X X X X XXX",
		"9- 9- 9- 9- 9- 9- 9- 9- 9- 9-",
		"5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5",
		"X 7/ 9- X -8 8/ -6 X X X81",
		"X X X",
		"-- -- -- -- -- -- -- -- -- --",
		"X 9/ X 9/ X 9/ X 9/ X 9/X",
	}
	for _, c := range cards {
		g := &Game{}
		var rollErr error
		for _, r := range parse(c) {
			if err := g.Roll(r); err != nil {
				rollErr = err
				break
			}
		}
		s, err := g.Score()
		fmt.Printf("%-32s rolls=%-2d score=%-3d err=%v rollErr=%v\n", c, len(g.rolls), s, err, rollErr)
	}
	g := &Game{}
	e1, e2, e3, e4 := g.Roll(7), g.Roll(5), g.Roll(11), g.Roll(-1)
	fmt.Println(e1, e2, e3, e4, len(g.rolls))
	for i := 0; i < 20; i++ {
		g.Roll(1)
	}
	err := g.Roll(1)
	s, _ := g.Score()
	fmt.Println(s, err, errors.Is(err, ErrGameOver), len(g.rolls))
}

// Output:
// X X X X X X X X X XXX            rolls=12 score=300 err=<nil> rollErr=<nil>
// 9- 9- 9- 9- 9- 9- 9- 9- 9- 9-    rolls=20 score=90  err=<nil> rollErr=<nil>
// 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5   rolls=21 score=150 err=<nil> rollErr=<nil>
// X 7/ 9- X -8 8/ -6 X X X81       rolls=17 score=167 err=<nil> rollErr=<nil>
// X X X                            rolls=3  score=0   err=game not finished rollErr=<nil>
// -- -- -- -- -- -- -- -- -- --    rolls=20 score=0   err=<nil> rollErr=<nil>
// X 9/ X 9/ X 9/ X 9/ X 9/X        rolls=16 score=200 err=<nil> rollErr=<nil>
// <nil> frame 1: 7+5: too many pins in frame invalid roll: 11 invalid roll: -1 1
// 26 game is over true 20
