package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

var ErrEmpty = errors.New("empty data set")

type Summary struct {
	N                      int
	Min, Max, Mean, Median float64
	StdDev, Skew           float64
	Q1, Q3                 float64
	Mode                   []float64
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 1 {
		return sorted[0]
	}
	rank := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	frac := rank - float64(lo)
	return sorted[lo] + (sorted[hi]-sorted[lo])*frac
}

func Summarize(data []float64) (Summary, error) {
	if len(data) == 0 {
		return Summary{}, ErrEmpty
	}
	s := append([]float64(nil), data...)
	sort.Float64s(s)
	var sum Summary
	sum.N = len(s)
	sum.Min, sum.Max = s[0], s[len(s)-1]
	total := 0.0
	for _, x := range s {
		total += x
	}
	sum.Mean = total / float64(len(s))
	var m2, m3 float64
	for _, x := range s {
		d := x - sum.Mean
		m2 += d * d
		m3 += d * d * d
	}
	m2 /= float64(len(s))
	m3 /= float64(len(s))
	sum.StdDev = math.Sqrt(m2)
	if m2 > 0 {
		sum.Skew = m3 / math.Pow(m2, 1.5)
	}
	sum.Median = percentile(s, 50)
	sum.Q1, sum.Q3 = percentile(s, 25), percentile(s, 75)
	counts := map[float64]int{}
	best := 0
	for _, x := range s {
		counts[x]++
		best = max(best, counts[x])
	}
	if best > 1 {
		for _, x := range s {
			if counts[x] == best {
				sum.Mode = append(sum.Mode, x)
				counts[x] = 0
			}
		}
	}
	return sum, nil
}

func correlation(xs, ys []float64) float64 {
	n := float64(len(xs))
	var sx, sy, sxx, syy, sxy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		syy += ys[i] * ys[i]
		sxy += xs[i] * ys[i]
	}
	return (n*sxy - sx*sy) / math.Sqrt((n*sxx-sx*sx)*(n*syy-sy*sy))
}

func linearFit(xs, ys []float64) (slope, intercept float64) {
	n := float64(len(xs))
	var sx, sy, sxx, sxy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		sxy += xs[i] * ys[i]
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	return slope, (sy - slope*sx) / n
}

func histogram(data []float64, buckets int, lo, hi float64) []string {
	counts := make([]int, buckets)
	width := (hi - lo) / float64(buckets)
	for _, x := range data {
		i := int((x - lo) / width)
		if i == buckets {
			i--
		}
		if i >= 0 && i < buckets {
			counts[i]++
		}
	}
	var lines []string
	for i, c := range counts {
		lines = append(lines, fmt.Sprintf("[%5.1f,%5.1f) %-12s %d", lo+float64(i)*width, lo+float64(i+1)*width, strings.Repeat("#", c), c))
	}
	return lines
}

func main() {
	heights := []float64{172.5, 168, 181.2, 175, 175, 162.3, 190.1, 177.7, 169.9, 175, 183.4, 158.8, 171, 179.5, 186.2, 168}
	s, err := Summarize(heights)
	fmt.Println(err)
	fmt.Printf("n=%d min=%.1f max=%.1f mean=%.3f median=%.2f\n", s.N, s.Min, s.Max, s.Mean, s.Median)
	fmt.Printf("sd=%.4f skew=%.4f q1=%.3f q3=%.3f iqr=%.3f mode=%v\n", s.StdDev, s.Skew, s.Q1, s.Q3, s.Q3-s.Q1, s.Mode)
	for _, l := range histogram(heights, 4, 155, 195) {
		fmt.Println(l)
	}
	_, err = Summarize(nil)
	fmt.Println("empty:", err, errors.Is(err, ErrEmpty))
	one, _ := Summarize([]float64{42})
	fmt.Printf("%+v\n", one)
	hours := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	scores := []float64{52, 55, 61, 64, 70, 71, 79, 83}
	m, b := linearFit(hours, scores)
	fmt.Printf("fit: score = %.4f*hours + %.4f, r=%.5f\n", m, b, correlation(hours, scores))
	for _, h := range []float64{0, 10} {
		fmt.Printf("predict(%g) = %.2f\n", h, m*h+b)
	}
	fmt.Printf("%.4f %.4f\n", correlation([]float64{1, 2, 3}, []float64{3, 2, 1}), correlation([]float64{1, 2, 3, 4}, []float64{1, 3, 2, 4}))
}

// Output:
// <nil>
// n=16 min=158.8 max=190.1 mean=174.600 median=175.00
// sd=8.1295 skew=-0.0161 q1=169.425 q3=179.925 iqr=10.500 mode=[175]
// [155.0,165.0) ##           2
// [165.0,175.0) #####        5
// [175.0,185.0) #######      7
// [185.0,195.0) ##           2
// empty: empty data set true
// {N:1 Min:42 Max:42 Mean:42 Median:42 StdDev:0 Skew:0 Q1:42 Q3:42 Mode:[]}
// fit: score = 4.4405*hours + 46.8929, r=0.99359
// predict(0) = 46.89
// predict(10) = 91.30
// -1.0000 0.8000
