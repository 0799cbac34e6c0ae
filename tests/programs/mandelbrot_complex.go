package main

import (
	"fmt"
	"math"
	"strings"
)

func escape(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return limit
}

func main() {
	const w, h, limit = 60, 21, 50
	shades := " .:-=+*#%@"
	counts := make([]int, len(shades))
	var b strings.Builder
	for y := 0; y < h; y++ {
		im := 1.2 - 2.4*float64(y)/float64(h-1)
		for x := 0; x < w; x++ {
			re := -2.1 + 2.7*float64(x)/float64(w-1)
			n := escape(complex(re, im), limit)
			idx := n * (len(shades) - 1) / limit
			counts[idx]++
			b.WriteByte(shades[idx])
		}
		b.WriteString("|\n")
	}
	fmt.Print(b.String())
	fmt.Println("shade counts:", counts)

	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), math.Hypot(real(c), imag(c)), c*c, c/complex(0, 1))
	fmt.Printf("%.3f %v\n", complex(real(c), -imag(c)), c == complex(3, 4))
	var roots []string
	for k := 0; k < 6; k++ {
		theta := 2 * math.Pi * float64(k) / 6
		r := complex(math.Cos(theta), math.Sin(theta))
		roots = append(roots, fmt.Sprintf("(%.3f%+.3fi)", real(r), imag(r)))
	}
	fmt.Println("6th roots of unity:", strings.Join(roots, " "))
	z := complex128(1)
	for i := 0; i < 4; i++ {
		z *= complex(0, 1)
		fmt.Print(z, " ")
	}
	fmt.Println("|")
	// a small Julia set for c = -0.8+0.156i, summarised per row as escape-count totals
	jc := complex(-0.8, 0.156)
	var rowSums []string
	for y := 0; y < 8; y++ {
		total := 0
		for x := 0; x < 16; x++ {
			z := complex(-1.5+3*float64(x)/15, 1-2*float64(y)/7)
			n := 0
			for ; n < 30 && real(z)*real(z)+imag(z)*imag(z) <= 4; n++ {
				z = z*z + jc
			}
			total += n
		}
		rowSums = append(rowSums, fmt.Sprint(total))
	}
	fmt.Println("julia rows:", strings.Join(rowSums, " "))
	var c64 complex64 = complex(1.5, -2)
	fmt.Printf("%v %T %.1f\n", c64, c64, c64)
}

// Output:
//                                                             |
//                                           :.                |
//                                          ...-..             |
//                                        .+:#@+-+.            |
//                                  ........@@@@@....          |
//                                 .:@@:@@@@@@@@@@@@@:.=:-.    |
//                               ..:-@@@@@@@@@@@@@@@@@@+:..    |
//                   .....:......+@@@@@@@@@@@@@@@@@@@@@@@@:.   |
//                  ...=@@@@@@%..@@@@@@@@@@@@@@@@@@@@@@@@@:.   |
//              ....::@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@*.    |
//    @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@:..     |
//              ....::@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@*.    |
//                  ...=@@@@@@%..@@@@@@@@@@@@@@@@@@@@@@@@@:.   |
//                   .....:......+@@@@@@@@@@@@@@@@@@@@@@@@:.   |
//                               ..:-@@@@@@@@@@@@@@@@@@+:..    |
//                                 .:@@:@@@@@@@@@@@@@:.=:-.    |
//                                  ........@@@@@....          |
//                                        .+:#@+-+.            |
//                                          ...-..             |
//                                           :.                |
//                                                             |
// shade counts: [796 102 27 8 4 10 2 2 2 307]
// (3+4i) 3 4 5 (-7+24i) (4-3i)
// (3.000-4.000i) true
// 6th roots of unity: (1.000+0.000i) (0.500+0.866i) (-0.500+0.866i) (-1.000+0.000i) (-0.500-0.866i) (0.500-0.866i)
// (0+1i) (-1+0i) (-0-1i) (1-0i) |
// julia rows: 24 66 153 326 326 153 66 24
// (1.5-2i) complex64 (1.5-2.0i)
