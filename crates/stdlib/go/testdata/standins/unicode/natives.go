// Go-bodied stand-ins for the natives of package unicode (test harness only).
package unicode

import gounicode "real/unicode"

var goCategoryTables = []*gounicode.RangeTable{
	catLu: gounicode.Lu, catLl: gounicode.Ll, catLt: gounicode.Lt, catLm: gounicode.Lm, catLo: gounicode.Lo,
	catMn: gounicode.Mn, catMc: gounicode.Mc, catMe: gounicode.Me,
	catNd: gounicode.Nd, catNl: gounicode.Nl, catNo: gounicode.No,
	catPc: gounicode.Pc, catPd: gounicode.Pd, catPs: gounicode.Ps, catPe: gounicode.Pe,
	catPi: gounicode.Pi, catPf: gounicode.Pf, catPo: gounicode.Po,
	catSm: gounicode.Sm, catSc: gounicode.Sc, catSk: gounicode.Sk, catSo: gounicode.So,
	catZs: gounicode.Zs, catZl: gounicode.Zl, catZp: gounicode.Zp,
	catCc: gounicode.Cc, catCf: gounicode.Cf, catCs: gounicode.Cs, catCo: gounicode.Co,
}

func generalCategory(r rune) int {
	for cat, t := range goCategoryTables {
		if t != nil && gounicode.Is(t, r) {
			return cat
		}
	}
	return catCn
}

func toCase(c int, r rune) rune { return gounicode.To(c, r) }

func simpleFold(r rune) rune { return gounicode.SimpleFold(r) }
