package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Task struct {
	Name     string
	Estimate time.Duration
	Spent    []time.Duration
}

func (t Task) Total() time.Duration {
	var sum time.Duration
	for _, d := range t.Spent {
		sum += d
	}
	return sum
}

func (t Task) Remaining() time.Duration {
	if r := t.Estimate - t.Total(); r > 0 {
		return r
	}
	return 0
}

func humanize(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%ds", int(d.Seconds()))
	}
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	var parts []string
	if h >= 24 {
		parts = append(parts, fmt.Sprintf("%dd", h/24))
		h %= 24
	}
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%dh", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%dm", m))
	}
	return strings.Join(parts, " ")
}

func main() {
	tasks := []Task{
		{"design", 4 * time.Hour, []time.Duration{90 * time.Minute, 45 * time.Minute, 2 * time.Hour}},
		{"implement", 16 * time.Hour, []time.Duration{3 * time.Hour, 4*time.Hour + 30*time.Minute}},
		{"review", 90 * time.Minute, nil},
		{"deploy", 30 * time.Minute, []time.Duration{10 * time.Minute, 25*time.Second + 500*time.Millisecond}},
	}
	sort.SliceStable(tasks, func(i, j int) bool { return tasks[i].Remaining() > tasks[j].Remaining() })
	var total time.Duration
	for _, t := range tasks {
		total += t.Total()
		over := ""
		if t.Total() > t.Estimate {
			over = fmt.Sprintf(" OVER by %v", t.Total()-t.Estimate)
		}
		fmt.Printf("%-10s est=%-8v spent=%-10v left=%v%s\n", t.Name, t.Estimate, t.Total(), t.Remaining(), over)
	}
	fmt.Println("total spent:", total, "=", humanize(total), "=", total.Minutes(), "minutes")

	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second / 3, 61 * time.Second,
		-90 * time.Minute, 100 * time.Hour, 1<<63 - 1,
	}
	for _, d := range ds {
		fmt.Printf("%v | %d ns | %.3f s | trunc(s)=%v round(ms)=%v\n", d, int64(d), d.Seconds(), d.Truncate(time.Second), d.Round(time.Millisecond))
	}
	inputs := []string{"1h30m", "2.5s", "300ms", "-1m5s", "1d", "", "4h5m6s7ms8us9ns", "10x"}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%q -> %v (%s)\n", in, d, humanize(d.Abs()))
	}
	fmt.Println(humanize(3*24*time.Hour+5*time.Hour+7*time.Minute), time.Duration(1234567890).String())
	lap := 47*time.Second + 350*time.Millisecond
	var laps []string
	for i := 1; i <= 5; i++ {
		laps = append(laps, (lap * time.Duration(i)).String())
	}
	fmt.Println(strings.Join(laps, ", "))
	pace := (42195 * time.Second / 10) / 42
	fmt.Println("pace per km at 2:54:15 for 42.195 km approx:", (2*time.Hour+54*time.Minute+15*time.Second)/42, pace.Round(time.Second))
	fmt.Println(time.Duration(90)*time.Minute == 90*time.Minute, time.Hour.Milliseconds(), (1500 * time.Millisecond).Microseconds())
}

// Output:
// implement  est=16h0m0s  spent=7h30m0s    left=8h30m0s
// review     est=1h30m0s  spent=0s         left=1h30m0s
// deploy     est=30m0s    spent=10m25.5s   left=19m34.5s
// design     est=4h0m0s   spent=4h15m0s    left=0s OVER by 15m0s
// total spent: 11h55m25.5s = 11h 55m = 715.425 minutes
// 0s | 0 ns | 0.000 s | trunc(s)=0s round(ms)=0s
// 1ns | 1 ns | 0.000 s | trunc(s)=0s round(ms)=0s
// 999ns | 999 ns | 0.000 s | trunc(s)=0s round(ms)=0s
// 1µs | 1000 ns | 0.000 s | trunc(s)=0s round(ms)=0s
// 1.5ms | 1500000 ns | 0.002 s | trunc(s)=0s round(ms)=2ms
// 333.333333ms | 333333333 ns | 0.333 s | trunc(s)=0s round(ms)=333ms
// 1m1s | 61000000000 ns | 61.000 s | trunc(s)=1m1s round(ms)=1m1s
// -1h30m0s | -5400000000000 ns | -5400.000 s | trunc(s)=-1h30m0s round(ms)=-1h30m0s
// 100h0m0s | 360000000000000 ns | 360000.000 s | trunc(s)=100h0m0s round(ms)=100h0m0s
// 2562047h47m16.854775807s | 9223372036854775807 ns | 9223372036.855 s | trunc(s)=2562047h47m16s round(ms)=2562047h47m16.854775807s
// "1h30m" -> 1h30m0s (1h 30m)
// "2.5s" -> 2.5s (2s)
// "300ms" -> 300ms (0s)
// "-1m5s" -> -1m5s (1m)
// error: time: unknown unit "d" in duration "1d"
// error: time: invalid duration ""
// "4h5m6s7ms8us9ns" -> 4h5m6.007008009s (4h 5m)
// error: time: unknown unit "x" in duration "10x"
// 3d 5h 7m 1.23456789s
// 47.35s, 1m34.7s, 2m22.05s, 3m9.4s, 3m56.75s
// pace per km at 2:54:15 for 42.195 km approx: 4m8.928571428s 1m40s
// true 3600000 1500000
