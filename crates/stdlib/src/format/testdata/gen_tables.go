// Generates ../unicode_tables.rs: the code point ranges for which Go's
// strconv.IsPrint and strconv.IsGraphic report true. Run: go run gen_tables.go > ../unicode_tables.rs
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func ranges(name, doc string, pred func(rune) bool) {
	fmt.Printf("/// %s\npub(crate) static %s: &[(u32, u32)] = &[\n", doc, name)
	start := -1
	for r := 0; r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && pred(rune(r))
		if in && start < 0 {
			start = r
		}
		if !in && start >= 0 {
			fmt.Printf("    (0x%X, 0x%X),\n", start, r-1)
			start = -1
		}
	}
	fmt.Printf("];\n\n")
}

func main() {
	fmt.Printf("//! Unicode tables for strconv.IsPrint and strconv.IsGraphic, generated from Go %s by\n", "1.27")
	fmt.Printf("//! testdata/gen_tables.go (inclusive code point ranges, sorted). Do not edit by hand.\n\n")
	ranges("PRINT_RANGES", "Code points for which strconv.IsPrint is true.", strconv.IsPrint)
	ranges("GRAPHIC_RANGES", "Code points for which strconv.IsGraphic is true.", strconv.IsGraphic)
}
