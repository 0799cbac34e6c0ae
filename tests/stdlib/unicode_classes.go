package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é世\t!_Σ" {
		fmt.Printf("%q L%v D%v U%v Lo%v S%v P%v N%v\n", r, unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsNumber(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('a')))
	fmt.Println(unicode.IsSpace('\u00a0'), unicode.IsSpace('\u200b'), unicode.IsControl('\n'), unicode.IsPrint('\t'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek), unicode.MaxRune)
}

// Output:
// 'a' Ltrue Dfalse Ufalse Lotrue Sfalse Pfalse Nfalse
// 'Z' Ltrue Dfalse Utrue Lofalse Sfalse Pfalse Nfalse
// '5' Lfalse Dtrue Ufalse Lofalse Sfalse Pfalse Ntrue
// ' ' Lfalse Dfalse Ufalse Lofalse Strue Pfalse Nfalse
// 'é' Ltrue Dfalse Ufalse Lotrue Sfalse Pfalse Nfalse
// '世' Ltrue Dfalse Ufalse Lofalse Sfalse Pfalse Nfalse
// '\t' Lfalse Dfalse Ufalse Lofalse Strue Pfalse Nfalse
// '!' Lfalse Dfalse Ufalse Lofalse Sfalse Ptrue Nfalse
// '_' Lfalse Dfalse Ufalse Lofalse Sfalse Ptrue Nfalse
// 'Σ' Ltrue Dfalse Utrue Lofalse Sfalse Pfalse Nfalse
// É σ A
// true false true false
// true true 1114111
