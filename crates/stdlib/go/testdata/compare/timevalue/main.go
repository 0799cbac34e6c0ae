// Compares package time's Time, Location, Format and Parse with Go's.
package main

import (
	"amberstd/compare/check"
	"math/rand"
	"real/fmt"
	gotime "real/time"
	"time"
)

var rng = rand.New(rand.NewSource(27))

// zone is one location made in both packages.
type zone struct {
	ours *time.Location
	gos  *gotime.Location
}

func fixed(name string, offset int) zone {
	return zone{time.FixedZone(name, offset), gotime.FixedZone(name, offset)}
}

var zones = []zone{
	{time.UTC, gotime.UTC},
	fixed("", 0), fixed("EST", -5*3600), fixed("CET", 3600), fixed("IST", 5*3600+1800), fixed("", -(5*3600 + 30*60 + 15)),
	fixed("X", -59), fixed("", 59), fixed("NPT", 5*3600+45*60), fixed("", 14*3600), fixed("ABCDE", -12*3600), fixed("GMT+3", 3*3600),
}

func randZone() zone { return zones[rng.Intn(len(zones))] }

// randSec returns Unix seconds: mostly recent, sometimes far away.
func randSec() int64 {
	switch rng.Intn(5) {
	case 0:
		return rng.Int63n(4e9) - 2e9
	case 1:
		return rng.Int63n(1e12) - 5e11 // +-15000 years
	case 2:
		return rng.Int63n(4e11) - 62135596800 - 2e11 // around year 1
	case 3:
		return int64(rng.Intn(86400*3)) + []int64{951782400, 946684800, 4107542400, -2208988800, 1709164800, 0}[rng.Intn(6)] - 86400
	}
	return rng.Int63n(2e8) + 1.7e9
}

func randNsec() int64 {
	switch rng.Intn(4) {
	case 0:
		return 0
	case 1:
		return int64(rng.Intn(1000)) * 1e6
	}
	return rng.Int63n(1e9)
}

var pieces = []string{
	"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "Mon", "Monday", "15", "03", "3", "04", "4",
	"05", "5", "PM", "pm", "MST", "Z07:00", "Z0700", "Z07", "Z070000", "Z07:00:00", "-07:00", "-0700", "-07", "-070000",
	"-07:00:00", ".000", ".999", ",000", ",999", ".0", ".9", ".000000000", ".999999999", ".0000000000", " ", "  ", "-", ":",
	"T", "/", "x", "Janet", "Monk", "_2006", "0", "9", ".", ",", "_", "Z", "MS", "P", "p",
}

func randLayout() string {
	s := ""
	for n := rng.Intn(7); n >= 0; n-- {
		s += pieces[rng.Intn(len(pieces))]
	}
	return s
}

var layouts = []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123,
	time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
	time.DateTime, time.DateOnly, time.TimeOnly, "2006-01-02 15:04:05.999999999 -0700 MST", "002 __2 2006", "Jan _2 3:4:5 pm"}

// show renders a time with everything observable about it.
func show(t time.Time) string {
	name, off := t.Zone()
	return fmt.Sprint(t.String(), "|", t.Unix(), ".", t.Nanosecond(), "|", name, off, "|", t.Location().String())
}

func gshow(t gotime.Time) string {
	name, off := t.Zone()
	return fmt.Sprint(t.String(), "|", t.Unix(), ".", t.Nanosecond(), "|", name, off, "|", t.Location().String())
}

// mutate damages a formatted value a little to reach the parse errors.
func mutate(s string) string {
	const junk = "0123456789 :-+.,ZTAPMmpJFaneuS_x"
	b := []byte(s)
	for n := rng.Intn(3); n >= 0; n-- {
		switch k := rng.Intn(4); {
		case len(b) == 0 || k == 0:
			i := rng.Intn(len(b) + 1)
			b = append(b[:i], append([]byte{junk[rng.Intn(len(junk))]}, b[i:]...)...)
		case k == 1:
			i := rng.Intn(len(b))
			b = append(b[:i], b[i+1:]...)
		default:
			b[rng.Intn(len(b))] = junk[rng.Intn(len(junk))]
		}
	}
	return string(b)
}

func main() {
	for i := 0; i < 20000; i++ {
		sec, nsec, z := randSec(), randNsec(), randZone()
		t := time.Unix(sec, nsec).In(z.ours)
		g := gotime.Unix(sec, nsec).In(z.gos)
		what := fmt.Sprintf("%d.%09d in %q", sec, nsec, z.gos.String())
		check.Eq("show "+what, show(t), gshow(g))
		check.Eq("GoString "+what, t.GoString(), g.GoString())
		y1, m1, d1 := t.Date()
		y2, m2, d2 := g.Date()
		h1, mi1, s1 := t.Clock()
		h2, mi2, s2 := g.Clock()
		iy1, iw1 := t.ISOWeek()
		iy2, iw2 := g.ISOWeek()
		check.Eq("fields "+what, []any{y1, int(m1), d1, h1, mi1, s1, t.YearDay(), int(t.Weekday()), iy1, iw1, t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second()},
			[]any{y2, int(m2), d2, h2, mi2, s2, g.YearDay(), int(g.Weekday()), iy2, iw2, g.Year(), int(g.Month()), g.Day(), g.Hour(), g.Minute(), g.Second()})
		check.Eq("unix "+what, []int64{t.UnixMilli(), t.UnixMicro(), t.UnixNano()}, []int64{g.UnixMilli(), g.UnixMicro(), g.UnixNano()})
		for j := 0; j < 3; j++ {
			l := layouts[rng.Intn(len(layouts))]
			if j > 0 {
				l = randLayout()
			}
			s1, s2 := t.Format(l), g.Format(l)
			check.Eq(fmt.Sprintf("Format(%q) %s", l, what), s1, s2)
			v := s2
			if rng.Intn(3) == 0 {
				v = mutate(v)
			}
			p1, e1 := time.Parse(l, v)
			p2, e2 := gotime.Parse(l, v)
			check.Err(fmt.Sprintf("Parse(%q, %q) err", l, v), e1, e2)
			if e1 == nil && e2 == nil {
				check.Eq(fmt.Sprintf("Parse(%q, %q)", l, v), show(p1), gshow(p2))
			}
			z2 := randZone()
			p1, e1 = time.ParseInLocation(l, v, z2.ours)
			p2, e2 = gotime.ParseInLocation(l, v, z2.gos)
			check.Err(fmt.Sprintf("ParseInLocation(%q, %q, %q) err", l, v, z2.gos.String()), e1, e2)
			if e1 == nil && e2 == nil {
				check.Eq(fmt.Sprintf("ParseInLocation(%q, %q, %q)", l, v, z2.gos.String()), show(p1), gshow(p2))
			}
		}
		// Arithmetic.
		d := rng.Int63() >> uint(rng.Intn(64))
		if rng.Intn(2) == 0 {
			d = -d
		}
		check.Eq(fmt.Sprintf("Add(%d) %s", d, what), show(t.Add(time.Duration(d))), gshow(g.Add(gotime.Duration(d))))
		sec2, nsec2 := randSec(), randNsec()
		u := time.Unix(sec2, nsec2)
		gu := gotime.Unix(sec2, nsec2)
		check.Eq("Sub "+what, int64(t.Sub(u)), int64(g.Sub(gu)))
		check.Eq("Compare "+what, []any{t.Compare(u), t.Before(u), t.After(u), t.Equal(u), t.Equal(t.UTC())}, []any{g.Compare(gu), g.Before(gu), g.After(gu), g.Equal(gu), g.Equal(g.UTC())})
		dy, dm, dd := rng.Intn(41)-20, rng.Intn(61)-30, rng.Intn(801)-400
		check.Eq(fmt.Sprintf("AddDate(%d,%d,%d) %s", dy, dm, dd, what), show(t.AddDate(dy, dm, dd)), gshow(g.AddDate(dy, dm, dd)))
		r := rng.Int63() >> uint(rng.Intn(64))
		if rng.Intn(4) == 0 {
			r = []int64{1, 1000, 1e6, 1e9, 60e9, 3600e9, 86400e9, 7 * 86400e9, 0, -5}[rng.Intn(10)]
		}
		check.Eq(fmt.Sprintf("Truncate(%d) %s", r, what), show(t.Truncate(time.Duration(r))), gshow(g.Truncate(gotime.Duration(r))))
		check.Eq(fmt.Sprintf("Round(%d) %s", r, what), show(t.Round(time.Duration(r))), gshow(g.Round(gotime.Duration(r))))
	}
	// Date normalisation.
	for i := 0; i < 20000; i++ {
		f := make([]int, 7)
		for k := range f {
			f[k] = rng.Intn(200) - 100
			if rng.Intn(3) == 0 {
				f[k] = rng.Intn(3000000) - 1000000
			}
		}
		f[0] = rng.Intn(30000) - 10000
		z := randZone()
		t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], f[6]*1000, z.ours)
		g := gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], f[6]*1000, z.gos)
		check.Eq(fmt.Sprintf("Date%v", f), show(t), gshow(g))
	}
	for _, s := range []int64{1 << 40, -(1 << 40), 1 << 44, -(1 << 44)} {
		check.Eq(fmt.Sprintf("Unix(%d)", s), show(time.Unix(s, 999999999).UTC()), gshow(gotime.Unix(s, 999999999).UTC()))
	}
	// RFC3339 values near the edges of the direct path.
	for _, v := range []string{"2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z",
		"2024-01-01T00:00:60Z", "2024-13-01T00:00:00Z", "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z", "2024-01-32T00:00:00Z",
		"2024-01-01T00:00:00+24:00", "2024-01-01T00:00:00+25:00", "2024-01-01T00:00:00-23:60", "2024-01-01T00:00:00+00:61",
		"2024-01-01T00:00:00,5Z", "2024-01-01T00:00:00.123456789123Z", "2024-01-01T00:00:00.Z", "2024-01-01t00:00:00Z",
		"2024-01-01T00:00:00z", "2024-01-01T00:00:00+0100", "2024-01-01T00:00:00+01:00x", "2024-01-01T0:00:00Z",
		"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999-00:00", "+024-01-01T00:00:00Z", "2024-01-01T00:00:00 Z",
		"2024-01-01T00:00:00.-1Z", "2024-01-01T00:00:00+00:00", "2024-01-01T00:00:00-00:00", "2024-01-01T00:00:00+01:00"} {
		for _, l := range []string{time.RFC3339, time.RFC3339Nano} {
			p1, e1 := time.Parse(l, v)
			p2, e2 := gotime.Parse(l, v)
			check.Err(fmt.Sprintf("Parse(%q, %q) err", l, v), e1, e2)
			if e1 == nil && e2 == nil {
				check.Eq(fmt.Sprintf("Parse(%q, %q)", l, v), show(p1), gshow(p2))
			}
			for _, z := range zones {
				p1, e1 = time.ParseInLocation(l, v, z.ours)
				p2, e2 = gotime.ParseInLocation(l, v, z.gos)
				check.Err(fmt.Sprintf("ParseInLocation(%q, %q) err", l, v), e1, e2)
				if e1 == nil && e2 == nil {
					check.Eq(fmt.Sprintf("ParseInLocation(%q, %q, %q)", l, v, z.gos.String()), show(p1), gshow(p2))
				}
			}
		}
	}
	check.Eq("zero", show(time.Time{}), gshow(gotime.Time{}))
	check.Eq("zero GoString", time.Time{}.GoString(), gotime.Time{}.GoString())
	check.Eq("Date nil loc", check.Panics(func() { time.Date(1, 1, 1, 0, 0, 0, 0, nil) }), check.Panics(func() { gotime.Date(1, 1, 1, 0, 0, 0, 0, nil) }))
	check.Eq("In nil loc", check.Panics(func() { time.Time{}.In(nil) }), check.Panics(func() { gotime.Time{}.In(nil) }))
	check.Eq("UnixMilli", show(time.UnixMilli(-1234567).UTC()), gshow(gotime.UnixMilli(-1234567).UTC()))
	check.Eq("UnixMicro", show(time.UnixMicro(-1234567).UTC()), gshow(gotime.UnixMicro(-1234567).UTC()))
	check.Done("timevalue")
}
