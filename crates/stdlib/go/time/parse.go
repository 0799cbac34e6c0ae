// Parse and ParseInLocation: reading a time by a layout, with Go's ParseError texts.
package time

import "errors"

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// errBad marks a value that does not match its layout element.
var errBad = errors.New("bad value for field")

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// lookup matches a prefix of val against the names, ignoring ASCII case,
// and returns the index of the first that matches.
func lookup(names []string, val string) (int, string, error) {
	for i, name := range names {
		if len(val) >= len(name) && equalFoldASCII(val[:len(name)], name) {
			return i, val[len(name):], nil
		}
	}
	return -1, val, errBad
}

// equalFoldASCII reports whether a and b (of equal length) are equal when
// ASCII letters are folded to lower case.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x |= 'a' - 'A'
		y |= 'a' - 'A'
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// getnum reads one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi parses a whole string as an optionally signed decimal integer.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rest, ok := leadingInt(s)
	if !ok || rest != "" {
		return 0, errBad
	}
	if neg {
		return -int(q), nil
	}
	return int(q), nil
}

func cutSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip consumes the literal prefix from value; a run of spaces in the
// prefix matches any run of spaces in the value (even an empty one, but not
// another character in its place).
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutSpace(prefix)
			value = cutSpace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func isFracSep(c byte) bool {
	return c == '.' || c == ','
}

// parseNanoseconds reads the fraction value[1:n] (value[0] is the
// separator) as nanoseconds; digits past the ninth are ignored.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if !isFracSep(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseSignedOffset returns the length of a leading "+h" or "-h" (h at most
// 23), or 0.
func parseSignedOffset(value string) int {
	if value == "" || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rest, ok := leadingInt(value[1:])
	if !ok || len(rest) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

// parseZoneName returns the length of the zone abbreviation value starts
// with: three to five upper-case letters (four or five ending in 'T', or
// WITA), ChST, MeST, GMT with an optional hour offset, or a bare hour offset.
func parseZoneName(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasAt(value, 0, "ChST") || hasAt(value, 0, "MeST") {
		return 4, true
	}
	if hasAt(value, 0, "GMT") {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || hasAt(value, 0, "WITA") {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// Parse parses a formatted string and returns the time value it represents.
// The layout spells the reference time "Mon Jan 2 15:04:05 MST 2006" the
// way the value is written (see the constants, e.g. RFC3339). Elements
// missing from the layout default to zero (January 1 for the date). Without
// a zone in the value, the time is in UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone
// information in loc, and prefers loc's zone when the value names or
// offsets a zone loc uses.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parsed collects the fields read so far; -1 means not seen.
type parsed struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	am, pm                 bool
	zone                   *Location // set by "Z" or "UTC"
	zoneOffset             int       // seconds east of UTC, or -1
	zoneName               string
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	if layout == RFC3339 || layout == RFC3339Nano {
		// The most used layouts are read directly when the value is well
		// formed; anything else takes the general path and its errors.
		p := parsed{yday: -1, zoneOffset: -1}
		if p.readRFC3339(value) && p.settleDate() == "" {
			return p.time(defaultLoc, local), nil
		}
	}
	fullLayout, fullValue := layout, value
	p := parsed{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, code, suffix := nextElem(layout)
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, newParseError(fullLayout, fullValue, prefix, value, "")
		}
		if code == elemNone {
			if value != "" {
				return Time{}, newParseError(fullLayout, fullValue, "", value, ": extra text: "+quote(value))
			}
			break
		}
		elemText := layout[len(prefix) : len(layout)-len(suffix)]
		layout = suffix
		before := value
		var rangeErr string
		value, rangeErr, err = p.read(code, value, layout)
		if rangeErr != "" {
			return Time{}, newParseError(fullLayout, fullValue, elemText, value, ": "+rangeErr+" out of range")
		}
		if err != nil {
			return Time{}, newParseError(fullLayout, fullValue, elemText, before, "")
		}
	}
	if p.pm && p.hour < 12 {
		p.hour += 12
	} else if p.am && p.hour == 12 {
		p.hour = 0
	}
	if msg := p.settleDate(); msg != "" {
		return Time{}, newParseError(fullLayout, fullValue, "", value, msg)
	}
	return p.time(defaultLoc, local), nil
}

// twoDigits returns the number s[i:i+2] holds, or -1.
func twoDigits(s string, i int) int {
	if !isDigit(s, i) || !isDigit(s, i+1) {
		return -1
	}
	return int(s[i]-'0')*10 + int(s[i+1]-'0')
}

// readRFC3339 reads a value of the form 2006-01-02T15:04:05[.frac](Z|±hh:mm)
// with every field in range, as the general parser would read it by
// RFC3339 or RFC3339Nano. It reports false for anything else.
func (p *parsed) readRFC3339(value string) bool {
	if len(value) < 20 || value[4] != '-' || value[7] != '-' || value[10] != 'T' || value[13] != ':' || value[16] != ':' {
		return false
	}
	hi, lo := twoDigits(value, 0), twoDigits(value, 2)
	p.month, p.day = twoDigits(value, 5), twoDigits(value, 8)
	p.hour, p.min, p.sec = twoDigits(value, 11), twoDigits(value, 14), twoDigits(value, 17)
	if hi < 0 || lo < 0 || p.month < 1 || p.month > 12 || p.day < 0 || p.hour < 0 || p.hour >= 24 ||
		p.min < 0 || p.min >= 60 || p.sec < 0 || p.sec >= 60 {
		return false
	}
	p.year = hi*100 + lo
	rest := value[19:]
	if len(rest) >= 2 && isFracSep(rest[0]) && isDigit(rest, 1) {
		n := 2
		for n < len(rest) && isDigit(rest, n) {
			n++
		}
		ns, rangeErr, err := parseNanoseconds(rest, n)
		if rangeErr != "" || err != nil {
			return false
		}
		p.nsec = ns
		rest = rest[n:]
	}
	if rest == "Z" {
		p.zone = UTC
		return true
	}
	if len(rest) != 6 || rest[0] != '+' && rest[0] != '-' || rest[3] != ':' {
		return false
	}
	hr, mm := twoDigits(rest, 1), twoDigits(rest, 4)
	if hr < 0 || mm < 0 || hr > 24 || mm > 60 {
		return false
	}
	p.zoneOffset = (hr*60 + mm) * 60
	if rest[0] == '-' {
		p.zoneOffset = -p.zoneOffset
	}
	return true
}

// read consumes the value of the element with the given code from the start of value. rest is the
// layout after e (a fractional second in the value is read by the seconds
// element when the layout has none next).
func (p *parsed) read(code int, value string, rest string) (string, string, error) {
	var err error
	rangeErr := ""
	switch kind := code & kindMask; kind {
	case elemYear:
		if len(value) < 2 {
			return value, "", errBad
		}
		if p.year, err = atoi(value[:2]); err != nil {
			return value, "", err
		}
		if p.year >= 69 {
			p.year += 1900
		} else {
			p.year += 2000
		}
		value = value[2:]
	case elemLongYear:
		if len(value) < 4 || !isDigit(value, 0) {
			return value, "", errBad
		}
		if p.year, err = atoi(value[:4]); err != nil {
			return value, "", err
		}
		value = value[4:]
	case elemMonth, elemLongMonth:
		names := shortMonthNames
		if kind == elemLongMonth {
			names = longMonthNames
		}
		p.month, value, err = lookup(names, value)
		p.month++
	case elemNumMonth, elemZeroMonth:
		p.month, value, err = getnum(value, kind == elemZeroMonth)
		if err == nil && (p.month <= 0 || p.month > 12) {
			rangeErr = "month"
		}
	case elemWeekDay:
		_, value, err = lookup(shortDayNames, value)
	case elemLongWeekDay:
		_, value, err = lookup(longDayNames, value)
	case elemDay, elemUnderDay, elemZeroDay:
		if kind == elemUnderDay && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		// Any one or two digits: the date is validated at the end.
		p.day, value, err = getnum(value, kind == elemZeroDay)
	case elemUnderYearDay, elemZeroYearDay:
		if kind == elemUnderYearDay {
			for i := 0; i < 2 && value != "" && value[0] == ' '; i++ {
				value = value[1:]
			}
		}
		p.yday, value, err = getnum3(value, kind == elemZeroYearDay)
	case elemHour:
		p.hour, value, err = getnum(value, false)
		if p.hour < 0 || p.hour >= 24 {
			rangeErr = "hour"
		}
	case elemHour12, elemZeroHour12:
		p.hour, value, err = getnum(value, kind == elemZeroHour12)
		if p.hour < 0 || p.hour > 12 {
			rangeErr = "hour"
		}
	case elemMinute, elemZeroMinute:
		p.min, value, err = getnum(value, kind == elemZeroMinute)
		if p.min < 0 || p.min >= 60 {
			rangeErr = "minute"
		}
	case elemSecond, elemZeroSecond:
		p.sec, value, err = getnum(value, kind == elemZeroSecond)
		if err != nil {
			break
		}
		if p.sec < 0 || p.sec >= 60 {
			rangeErr = "second"
			break
		}
		// A fraction in the value that the layout does not spell next.
		if len(value) >= 2 && isFracSep(value[0]) && isDigit(value, 1) {
			_, next, _ := nextElem(rest)
			if next&kindMask == elemFracZeros || next&kindMask == elemFracNines {
				break
			}
			n := 2
			for n < len(value) && isDigit(value, n) {
				n++
			}
			p.nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		}
	case elemPM, elemLowerPM:
		if len(value) < 2 {
			return value, "", errBad
		}
		am, pm := "AM", "PM"
		if kind == elemLowerPM {
			am, pm = "am", "pm"
		}
		switch value[:2] {
		case pm:
			p.pm = true
		case am:
			p.am = true
		default:
			return value, "", errBad
		}
		value = value[2:]
	case elemISOZone, elemNumZone:
		if kind == elemISOZone && value != "" && value[0] == 'Z' {
			p.zone = UTC
			return value[1:], "", nil
		}
		value, rangeErr, err = p.readNumZone(code, value)
	case elemZoneName:
		if hasAt(value, 0, "UTC") {
			p.zone = UTC
			return value[3:], "", nil
		}
		n, ok := parseZoneName(value)
		if !ok {
			return value, "", errBad
		}
		p.zoneName, value = value[:n], value[n:]
	case elemFracZeros:
		// Exactly as many digits as the layout has.
		n := 1 + fracDigits(code)
		if len(value) < n {
			return value, "", errBad
		}
		p.nsec, rangeErr, err = parseNanoseconds(value, n)
		value = value[n:]
	case elemFracNines:
		if len(value) < 2 || !isFracSep(value[0]) || !isDigit(value, 1) {
			break // no fraction: fine
		}
		// Any number of digits, like a fraction after the seconds.
		n := 2
		for n < len(value) && isDigit(value, n) {
			n++
		}
		p.nsec, rangeErr, err = parseNanoseconds(value, n)
		value = value[n:]
	}
	return value, rangeErr, err
}

// readNumZone reads a numeric zone offset spelled as the element code says.
func (p *parsed) readNumZone(code int, value string) (string, string, error) {
	// The offset's fields: sign, hours, minutes, seconds.
	parts, colon := zoneParts(code), code&colonFlag != 0
	width := 1 + 2*parts
	if colon {
		width += parts - 1
	}
	if len(value) < width {
		return value, "", errBad
	}
	hours, minutes, seconds := value[1:3], "00", "00"
	if colon && (value[3] != ':' || parts == 3 && value[6] != ':') {
		return value, "", errBad
	}
	step := 2
	if colon {
		step = 3
	}
	if parts >= 2 {
		minutes = value[1+step : 3+step]
	}
	if parts == 3 {
		seconds = value[1+2*step : 3+2*step]
	}
	sign := value[0]
	value = value[width:]
	hr, _, err := getnum(hours, true)
	var mm, ss int
	if err == nil {
		mm, _, err = getnum(minutes, true)
	}
	if err == nil {
		ss, _, err = getnum(seconds, true)
	}
	// Offsets of 24 hours or 60 minutes are written by some: accepted.
	rangeErr := ""
	if hr > 24 {
		rangeErr = "time zone offset hour"
	}
	if mm > 60 {
		rangeErr = "time zone offset minute"
	}
	if ss > 60 {
		rangeErr = "time zone offset second"
	}
	p.zoneOffset = (hr*60+mm)*60 + ss
	switch sign {
	case '+':
	case '-':
		p.zoneOffset = -p.zoneOffset
	default:
		err = errBad
	}
	return value, rangeErr, err
}

// settleDate turns a day of the year into month and day and checks the
// date; it returns the ParseError message when the date is impossible.
func (p *parsed) settleDate() string {
	if p.yday < 0 {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	} else {
		yday := p.yday
		m, d := 0, 0
		if isLeap(int64(p.year)) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return ": day-of-year out of range"
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if int(daysBefore[m]) < yday {
				m++
			}
			d = yday - int(daysBefore[m-1])
		}
		if p.month >= 0 && p.month != m {
			return ": day-of-year does not match month"
		}
		p.month = m
		if p.day >= 0 && p.day != d {
			return ": day-of-year does not match day"
		}
		p.day = d
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), int64(p.year)) {
		return ": day out of range"
	}
	return ""
}

// time builds the parsed Time: in the zone the value gave, else in
// defaultLoc. A zone offset or name that local uses gives a time in local.
func (p *parsed) time(defaultLoc, local *Location) Time {
	if p.zone != nil {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, p.zone)
	}
	if p.zoneOffset != -1 {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		t.ext -= int64(p.zoneOffset)
		if local.offset == p.zoneOffset && (p.zoneName == "" || p.zoneName == local.name) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(p.zoneName, p.zoneOffset))
		}
		return t
	}
	if p.zoneName != "" {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		if p.zoneName == local.name {
			t.ext -= int64(local.offset)
			t.setLoc(local)
			return t
		}
		// An unknown zone: its name is kept, its offset is unknown (zero)
		// unless it is GMT with hours.
		offset := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			offset, _ = atoi(p.zoneName[3:])
			offset *= secondsPerHour
		}
		t.setLoc(FixedZone(p.zoneName, offset))
		return t
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, defaultLoc)
}

func newParseError(layout, value, layoutElem, valueElem, message string) *ParseError {
	return &ParseError{Layout: layout, Value: value, LayoutElem: layoutElem, ValueElem: valueElem, Message: message}
}
