// Package time provides functionality for measuring and displaying time
// (Amber's deterministic subset of Go's package time: the clock is the
// block time, and zones are fixed).
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. There is no definition for units of Day or larger to
// avoid confusion across daylight savings time zone transitions.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. As a special case, durations less than one
// second format use a smaller unit (milli-, micro-, or nanoseconds) to
// ensure that the leading digit is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	// Work on the magnitude as uint64 so that minDuration is fine.
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var b []byte
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			b = appendUint(b, u)
			b = append(b, "ns"...)
		case u < uint64(Millisecond):
			b = appendFixed(b, u, 3)
			b = append(b, "µs"...)
		default:
			b = appendFixed(b, u, 6)
			b = append(b, "ms"...)
		}
	} else {
		secs := u / uint64(Second)
		frac := u % uint64(Second)
		mins := secs / 60
		secs %= 60
		hours := mins / 60
		mins %= 60
		if hours > 0 {
			b = appendUint(b, hours)
			b = append(b, 'h')
		}
		if hours > 0 || mins > 0 {
			b = appendUint(b, mins)
			b = append(b, 'm')
		}
		b = appendFixed(b, secs*uint64(Second)+frac, 9)
		b = append(b, 's')
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// appendFixed appends v / 10^prec with its fractional digits, trailing
// zeros (and a bare point) removed.
func appendFixed(b []byte, v uint64, prec int) []byte {
	pow := uint64(1)
	for i := 0; i < prec; i++ {
		pow *= 10
	}
	b = appendUint(b, v/pow)
	frac := v % pow
	if frac == 0 {
		return b
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	end := prec
	for end > 0 && digits[end-1] == '0' {
		end--
	}
	b = append(b, '.')
	return append(b, digits[:end]...)
}

// appendUint appends the decimal form of v.
func appendUint(b []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	// Whole and fractional parts separately, so that large durations keep
	// their nanoseconds as far as float64 allows.
	whole := d / Second
	nsec := d % Second
	return float64(whole) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	nsec := d % Minute
	return float64(whole) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	nsec := d % Hour
	return float64(whole) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
// If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m. The
// rounding behavior for halfway values is to round away from zero. If the
// result exceeds the maximum (or minimum) value that can be stored in a
// Duration, Round returns the maximum (or minimum) duration. If m <= 0,
// Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r // distance to the multiple towards zero, as a positive value
		if belowHalf(r, m) {
			return d + r
		}
		if away := d - m + r; away < d {
			return away
		}
		return minDuration // overflowed
	}
	if belowHalf(r, m) {
		return d - r
	}
	if away := d + m - r; away > d {
		return away
	}
	return maxDuration // overflowed
}

// belowHalf reports whether 2*x < y without overflowing (x, y >= 0).
func belowHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Abs returns the absolute value of d. As a special case, the minimum
// Duration is converted to the maximum Duration.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// quote renders s the way package time does in its errors: in double
// quotes, with '"' and '\' escaped, control characters and bytes of 0x80
// and above as \xNN (DEL is kept as is, like Go).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c >= ' ' && c <= 0x7F:
			b = append(b, c)
		default:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		}
	}
	return string(append(b, '"'))
}

// leadingInt consumes the leading decimal digits of s.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(c-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading decimal digits of s as a fraction:
// x / scale. Digits past what fits are consumed and ignored.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	full := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(c-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// ParseDuration parses a duration string. A duration string is a possibly
// signed sequence of decimal numbers, each with optional fraction and a unit
// suffix, such as "300ms", "-1.5h" or "2h45m". Valid time units are "ns",
// "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		before := len(s)
		v, rest, ok := leadingInt(s)
		if !ok {
			return 0, invalid
		}
		s = rest
		hadInt := len(s) != before
		hadFrac := false
		var f uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			f, scale, s = leadingFraction(s)
			hadFrac = len(s) != before
		}
		if !hadInt && !hadFrac {
			return 0, invalid // just "."
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			// float64 keeps nanosecond accuracy here: the fraction of the
			// largest unit (an hour) is below 3.6e12 ns.
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}
