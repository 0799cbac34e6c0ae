// Layouts: the reference layout constants, how a layout splits into elements, and Time.Format.
package time

// The reference layouts for Time.Format and Parse, as Go defines them.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// The kinds of layout elements (the parts of the reference time
// "Mon Jan 2 15:04:05 MST 2006" a layout may spell).
const (
	elemNone         = iota
	elemLongMonth    // January
	elemMonth        // Jan
	elemNumMonth     // 1
	elemZeroMonth    // 01
	elemLongWeekDay  // Monday
	elemWeekDay      // Mon
	elemDay          // 2
	elemUnderDay     // _2
	elemZeroDay      // 02
	elemUnderYearDay // __2
	elemZeroYearDay  // 002
	elemHour         // 15
	elemHour12       // 3
	elemZeroHour12   // 03
	elemMinute       // 4
	elemZeroMinute   // 04
	elemSecond       // 5
	elemZeroSecond   // 05
	elemLongYear     // 2006
	elemYear         // 06
	elemPM           // PM
	elemLowerPM      // pm
	elemZoneName     // MST
	elemNumZone      // -07, -0700, -07:00, -070000, -07:00:00
	elemISOZone      // Z07, Z0700, Z07:00, Z070000, Z07:00:00 (Z for UTC)
	elemFracZeros    // .000 or ,000: exactly that many digits
	elemFracNines    // .999 or ,999: trailing zeros dropped
)

// An element code is an int: the kind in its low byte, and above it the
// details some kinds have. Fractional seconds: the number of digits
// (bits 8-15) and whether the separator is ',' rather than '.' (bit 16).
// Numeric zones: the number of parts (bits 8-11: 1 hours, 2 and minutes,
// 3 and seconds) and whether they are separated by colons (bit 12). Plain
// ints keep the scanning free of allocations.
const (
	kindMask  = 0xff
	commaFlag = 1 << 16
	colonFlag = 1 << 12
)

func fracDigits(code int) int { return code >> 8 & 0xff }

func fracSep(code int) byte {
	if code&commaFlag != 0 {
		return ','
	}
	return '.'
}

func zoneParts(code int) int { return code >> 8 & 0xf }

// startsWithLower reports whether s starts with a lower-case ASCII letter
// ("Janet" is not "Jan" followed by "et").
func startsWithLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// zoneElems are the numeric zone spellings after the leading '-' or 'Z',
// longest first so that a longer one wins.
var zoneElems = []struct {
	text string
	code int // parts and colon flag
}{
	{"07:00:00", 3<<8 | colonFlag},
	{"070000", 3 << 8},
	{"07:00", 2<<8 | colonFlag},
	{"0700", 2 << 8},
	{"07", 1 << 8},
}

// zeroElems are the elements "01" to "06".
var zeroElems = [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}

// mayStartElem marks the bytes a layout element can start with, so that
// literal text is skipped quickly.
var mayStartElem [256]bool

func init() {
	for _, c := range []byte("JM012_345Pp-Z.,") {
		mayStartElem[c] = true
	}
}

// hasAt reports whether s holds word at index i.
func hasAt(s string, i int, word string) bool {
	return len(s) >= i+len(word) && s[i:i+len(word)] == word
}

// nextElem finds the first layout element in layout and returns the literal
// text before it, the element's code (kind elemNone if there is none) and
// the rest.
func nextElem(layout string) (prefix string, code int, suffix string) {
	for i := 0; i < len(layout); i++ {
		if !mayStartElem[layout[i]] {
			continue
		}
		if code, lit, n := elemAt(layout, i); code != elemNone {
			start := i + lit
			return layout[:start], code, layout[start+n:]
		}
	}
	return layout, elemNone, ""
}

// elemAt returns the code of the element that starts at layout[i] (elemNone
// if none), after lit literal bytes, and its length.
func elemAt(layout string, i int) (code int, lit int, n int) {
	switch c := layout[i]; c {
	case 'J':
		if hasAt(layout, i, "January") {
			return elemLongMonth, 0, 7
		} else if hasAt(layout, i, "Jan") && !startsWithLower(layout[i+3:]) {
			return elemMonth, 0, 3
		}
	case 'M':
		if hasAt(layout, i, "Monday") {
			return elemLongWeekDay, 0, 6
		} else if hasAt(layout, i, "Mon") && !startsWithLower(layout[i+3:]) {
			return elemWeekDay, 0, 3
		} else if hasAt(layout, i, "MST") {
			return elemZoneName, 0, 3
		}
	case '0':
		if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
			return zeroElems[layout[i+1]-'1'], 0, 2
		} else if hasAt(layout, i, "002") {
			return elemZeroYearDay, 0, 3
		}
	case '1':
		if hasAt(layout, i, "15") {
			return elemHour, 0, 2
		}
		return elemNumMonth, 0, 1
	case '2':
		if hasAt(layout, i, "2006") {
			return elemLongYear, 0, 4
		}
		return elemDay, 0, 1
	case '_':
		if hasAt(layout, i, "_2006") {
			// A literal '_' before the year.
			return elemLongYear, 1, 4
		} else if hasAt(layout, i, "_2") {
			return elemUnderDay, 0, 2
		} else if hasAt(layout, i, "__2") {
			return elemUnderYearDay, 0, 3
		}
	case '3':
		return elemHour12, 0, 1
	case '4':
		return elemMinute, 0, 1
	case '5':
		return elemSecond, 0, 1
	case 'P':
		if hasAt(layout, i, "PM") {
			return elemPM, 0, 2
		}
	case 'p':
		if hasAt(layout, i, "pm") {
			return elemLowerPM, 0, 2
		}
	case '-', 'Z':
		for k := range zoneElems {
			if text := zoneElems[k].text; hasAt(layout, i+1, text) {
				kind := elemNumZone
				if c == 'Z' {
					kind = elemISOZone
				}
				return kind | zoneElems[k].code, 0, 1 + len(text)
			}
		}
	case '.', ',':
		// A run of one digit, 0 or 9, not followed by another digit.
		if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			digit := layout[i+1]
			j := i + 1
			for j < len(layout) && layout[j] == digit {
				j++
			}
			if !isDigit(layout, j) {
				code = elemFracZeros
				if digit == '9' {
					code = elemFracNines
				}
				code |= (j - (i + 1)) << 8
				if c == ',' {
					code |= commaFlag
				}
				return code, 0, j - i
			}
		}
	}
	return elemNone, 0, 0
}

// appendInt appends x in decimal, zero-padded to width digits (after a '-'
// for a negative x).
func appendInt(b []byte, x int, width int) []byte {
	// The common cases first: two digits, and four.
	if width == 2 && 0 <= x && x < 100 {
		return append(b, byte('0'+x/10), byte('0'+x%10))
	}
	if width == 4 && 0 <= x && x < 10000 {
		return append(b, byte('0'+x/1000), byte('0'+x/100%10), byte('0'+x/10%10), byte('0'+x%10))
	}
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	digits := 1
	for v := u; v >= 10; v /= 10 {
		digits++
	}
	for ; width > digits; width-- {
		b = append(b, '0')
	}
	// Grow by the digits, then fill them in from the right.
	start := len(b)
	for i := 0; i < digits; i++ {
		b = append(b, '0')
	}
	for i := len(b) - 1; i >= start; i-- {
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return b
}

// appendFraction appends the separator and the first digits of the
// nanoseconds (at most 9); with trim, trailing zeros are dropped, and
// nothing at all is appended when no digit is left.
func appendFraction(b []byte, nsec int, digits int, sep byte, trim bool) []byte {
	var buf [9]byte
	for i := len(buf) - 1; i >= 0; i-- {
		buf[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	if digits > 9 {
		digits = 9
	}
	if trim {
		for digits > 0 && buf[digits-1] == '0' {
			digits--
		}
		if digits == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:digits]...)
}

// appendNumZone appends a zone offset as a numeric element ("-07", "-0700",
// "-07:00", "-070000", "-07:00:00"). Like Go, the sign comes from the whole
// minutes of the offset, and the seconds part keeps the offset's own sign.
func appendNumZone(b []byte, offset int, code int) []byte {
	minutes := offset / 60
	seconds := offset
	if minutes < 0 {
		b = append(b, '-')
		minutes = -minutes
		seconds = -seconds
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, minutes/60, 2)
	parts, colon := zoneParts(code), code&colonFlag != 0
	if parts >= 2 {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, minutes%60, 2)
	}
	if parts == 3 {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, seconds%60, 2)
	}
	return b
}

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument (see the constants, e.g.
// RFC3339).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	days, secOfDay := t.days()
	y, month, day, yday := civilFromDays(days)
	year := int(y)
	hour := secOfDay / secondsPerHour
	min := secOfDay % secondsPerHour / secondsPerMinute
	sec := secOfDay % secondsPerMinute
	// The most used layouts are written directly (the same bytes as the
	// general loop below gives, only faster).
	switch layout {
	case RFC3339, RFC3339Nano, stringLayout, DateTime, DateOnly:
		b = appendInt(b, year, 4)
		b = append(b, '-')
		b = appendInt(b, int(month), 2)
		b = append(b, '-')
		b = appendInt(b, day, 2)
		if layout == DateOnly {
			return b
		}
		if layout == stringLayout || layout == DateTime {
			b = append(b, ' ')
		} else {
			b = append(b, 'T')
		}
		b = appendInt(b, hour, 2)
		b = append(b, ':')
		b = appendInt(b, min, 2)
		b = append(b, ':')
		b = appendInt(b, sec, 2)
		if layout == DateTime {
			return b
		}
		if layout != RFC3339 {
			b = appendFraction(b, int(t.wall), 9, '.', true)
		}
		if layout != stringLayout {
			if offset == 0 {
				return append(b, 'Z')
			}
			return appendNumZone(b, offset, elemNumZone|2<<8|colonFlag)
		}
		b = append(b, ' ')
		b = appendNumZone(b, offset, elemNumZone|2<<8)
		b = append(b, ' ')
		if name != "" {
			return append(b, name...)
		}
		return appendNumZone(b, offset, elemNumZone|2<<8)
	}
	for layout != "" {
		prefix, code, suffix := nextElem(layout)
		b = append(b, prefix...)
		if code == elemNone {
			break
		}
		layout = suffix
		switch kind := code & kindMask; kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, weekdayOf(days).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, weekdayOf(days).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if kind == elemZeroHour12 {
				width = 2
			}
			b = appendInt(b, h, width)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM, elemLowerPM:
			mark := "AM"
			if hour >= 12 {
				mark = "PM"
			}
			if kind == elemLowerPM {
				mark = lowerAMPM(mark)
			}
			b = append(b, mark...)
		case elemISOZone, elemNumZone:
			if kind == elemISOZone && offset == 0 {
				b = append(b, 'Z')
			} else {
				b = appendNumZone(b, offset, code)
			}
		case elemZoneName:
			if name != "" {
				b = append(b, name...)
			} else {
				// No name: the offset stands in for it, as -0700.
				b = appendNumZone(b, offset, elemNumZone|2<<8)
			}
		case elemFracZeros, elemFracNines:
			b = appendFraction(b, int(t.wall), fracDigits(code), fracSep(code), kind == elemFracNines)
		}
	}
	return b
}

func lowerAMPM(mark string) string {
	if mark == "AM" {
		return "am"
	}
	return "pm"
}

// stringLayout is the layout of Time.String.
const stringLayout = "2006-01-02 15:04:05.999999999 -0700 MST"

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST".
func (t Time) String() string {
	return t.Format(stringLayout)
}

// GoString returns t as Go syntax: a call of Date.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := append(make([]byte, 0, 70), "time.Date("...)
	b = appendInt(b, year, 0)
	b = append(b, ", "...)
	b = append(b, "time."...)
	b = append(b, month.String()...)
	for _, n := range []int{day, hour, min, sec, int(t.wall)} {
		b = append(b, ", "...)
		b = appendInt(b, n, 0)
	}
	b = append(b, ", "...)
	if t.loc == nil {
		b = append(b, "time.UTC"...)
	} else {
		b = append(b, "time.Location("...)
		b = append(b, quote(t.loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}
