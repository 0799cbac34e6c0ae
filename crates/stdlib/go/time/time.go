// Time: an instant with nanosecond precision, its calendar fields, and its arithmetic.
package time

import "math/bits"

// A Time represents an instant in time with nanosecond precision.
//
// The zero value is January 1, year 1, 00:00:00.000000000 UTC. Times are
// compared with Before, After, Equal and Compare; == also compares the
// Location. There is no monotonic clock reading: Now is the block time.
type Time struct {
	// The fields have Go's names and order, so that fmt prints a Time held
	// in an unexported field ({wall ext loc}) the way Go does.

	// wall is the nanosecond within the second, in [0, 999999999] (Go keeps
	// a monotonic clock reading here too; there is none).
	wall uint64
	// ext counts seconds since January 1, year 1, 00:00:00 UTC (so that the
	// zero value is the zero time).
	ext int64
	// loc is the Location used for presentation; nil means UTC, so that a
	// UTC Time refers to no package variable and persists as plain data.
	loc *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the number of seconds from January 1, year 1 to
	// January 1, 1970 (719162 days).
	unixToInternal int64 = 719162 * secondsPerDay
)

// floorDiv returns the quotient and remainder of a / b rounded towards
// minus infinity (b > 0), so that 0 <= r < b.
func floorDiv(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// norm moves whole multiples of base from lo into hi so that 0 <= lo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// The calendar below is the proleptic Gregorian one. Day numbers count days
// since January 1, year 1. The computations shift the year to start in
// March, so that the leap day is the last day of a year, and work in eras
// of 400 years (146097 days), which repeat exactly.

// marchOffset is the number of days from March 1, year 0 to January 1, year 1.
const marchOffset = 306

// daysFromCivil returns the day number of year-month-day (month in 1..12,
// day in 1..31 or beyond, counted on from the first of the month).
func daysFromCivil(year int64, month int, day int64) int64 {
	if month <= 2 {
		year--
	}
	era, yearOfEra := floorDiv(year, 400)
	marchMonth := int64((month + 9) % 12) // March = 0
	dayOfYear := (153*marchMonth+2)/5 + day - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - marchOffset
}

// civilFromDays returns the calendar date of a day number, and the day of
// the year (1-based).
func civilFromDays(days int64) (year int64, month Month, day int, yday int) {
	era, dayOfEra := floorDiv(days+marchOffset, 146097)
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	marchMonth := (5*dayOfYear + 2) / 153
	day = int(dayOfYear - (153*marchMonth+2)/5 + 1)
	m := int(marchMonth) + 3
	year = era*400 + yearOfEra
	if m > 12 {
		m -= 12
		year++
	}
	month = Month(m)
	yday = day + int(daysBefore[m-1])
	if m > 2 && isLeap(year) {
		yday++
	}
	return year, month, day, yday
}

// daysBefore[m] is the number of days in a non-leap year before month m+1.
var daysBefore = [...]int32{
	0,
	31,
	31 + 28,
	31 + 28 + 31,
	31 + 28 + 31 + 30,
	31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
}

func isLeap(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int64) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in loc. Values outside their usual ranges are normalized: October 32
// becomes November 1. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), m+1, int64(day))
	local := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	t := Time{wall: uint64(nsec), ext: local - int64(loc.offset)}
	t.setLoc(loc)
	return t
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{wall: uint64(nsec), ext: sec + unixToInternal}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// now returns the current block time as seconds and nanoseconds since the
// Unix epoch (native: the host reads it from the running transaction).
func now() (sec int64, nsec int32)

// Now returns the time of the block the running transaction belongs to: the
// same on every machine that executes it.
func Now() Time {
	sec, nsec := now()
	return Time{wall: uint64(nsec), ext: sec + unixToInternal}
}

// Since returns the time elapsed since t; shorthand for Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t; shorthand for t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// setLoc sets the presentation location; UTC is stored as nil.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// offset returns the zone offset of t's location in seconds east of UTC.
func (t Time) offset() int64 {
	if t.loc == nil {
		return 0
	}
	return int64(t.loc.offset)
}

// days returns the day number of t in its location and the second within it.
func (t Time) days() (days int64, secOfDay int) {
	d, s := floorDiv(t.ext+t.offset(), secondsPerDay)
	return d, int(s)
}

// IsZero reports whether t represents the zero time instant,
// January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.ext == 0 && t.wall == 0
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	return t.ext > u.ext || t.ext == u.ext && t.wall > u.wall
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	return t.ext < u.ext || t.ext == u.ext && t.wall < u.wall
}

// Compare compares the time instant t with u: -1 if t is before u, 0 if
// they are the same instant, +1 if t is after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant, whatever
// their locations.
func (t Time) Equal(u Time) bool {
	return t.ext == u.ext && t.wall == u.wall
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.days()
	y, m, d, _ := civilFromDays(days)
	return int(y), m, d
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// YearDay returns the day of the year specified by t, in [1,365] for
// non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := t.days()
	_, _, _, yday := civilFromDays(days)
	return yday
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := t.days()
	return weekdayOf(days)
}

// weekdayOf returns the day of the week of a day number (January 1, year 1
// was a Monday).
func weekdayOf(days int64) Weekday {
	_, wd := floorDiv(days+1, 7)
	return Weekday(wd)
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Weeks start on Monday; week 1 of a year is the one holding its first
// Thursday.
func (t Time) ISOWeek() (year, week int) {
	days, _ := t.days()
	// The Thursday of t's week decides both the year and the week.
	sinceMonday := (int64(weekdayOf(days)) + 6) % 7
	thursday := days - sinceMonday + 3
	y, _, _, yday := civilFromDays(thursday)
	return int(y), (yday-1)/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	_, s := t.days()
	return s / secondsPerHour
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, s := t.days()
	return s % secondsPerHour / secondsPerMinute
}

// Second returns the second offset within the minute specified by t, in the
// range [0, 59].
func (t Time) Second() int {
	_, s := t.days()
	return s % secondsPerMinute
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int {
	return int(t.wall)
}

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 {
	return t.ext - unixToInternal
}

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 {
	return t.Unix()*1e3 + int64(t.wall)/1e6
}

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 {
	return t.Unix()*1e6 + int64(t.wall)/1e3
}

// UnixNano returns t as a Unix time in nanoseconds. The result is undefined
// if it does not fit in an int64 (before 1678 or after 2262).
func (t Time) UnixNano() int64 {
	return t.Unix()*1e9 + int64(t.wall)
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := int64(t.wall) + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.ext += dsec
	t.wall = uint64(nsec)
	return t
}

// Sub returns the duration t-u. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, the maximum (or minimum)
// duration is returned.
func (t Time) Sub(u Time) Duration {
	d := Duration(t.ext-u.ext)*Second + Duration(int64(t.wall)-int64(u.wall))
	// The product wraps when the difference is beyond ~292 years: adding it
	// back to u then misses t.
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t, normalized like Date (October 31 plus one
// month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.wall), t.Location())
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.loc = nil
	return t
}

// Local returns t with the location set to local time (UTC here).
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant, but with the
// copy's location information set to loc for display purposes. In panics
// if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.Location()
	return l.name, l.offset
}

// IsDST reports whether the time in the configured location is in Daylight
// Savings Time (never, with fixed zones).
func (t Time) IsDST() bool {
	return false
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time). If d <= 0, Truncate returns t unchanged. Truncate works on
// the time as an absolute duration since the zero time, not on its
// presentation form.
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceZeroMod(d))
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time); halfway values round up. If d <= 0, Round returns
// t unchanged.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := t.sinceZeroMod(d)
	if belowHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// sinceZeroMod returns the time since the zero time modulo d (d > 0), in
// [0, d). The nanosecond count needs up to 96 bits: it is computed as a
// 128-bit magnitude.
func (t Time) sinceZeroMod(d Duration) Duration {
	neg := t.ext < 0
	mag := uint64(t.ext)
	if neg {
		mag = uint64(-t.ext) // right for the minimum too (2^63)
	}
	hi, lo := bits.Mul64(mag, 1e9)
	var borrow uint64
	if neg {
		// |sec*1e9 + nsec| = |sec|*1e9 - nsec
		lo, borrow = bits.Sub64(lo, t.wall, 0)
		hi -= borrow
	} else {
		var carry uint64
		lo, carry = bits.Add64(lo, t.wall, 0)
		hi += carry
	}
	r := bits.Rem64(hi, lo, uint64(d))
	if neg && r != 0 {
		r = uint64(d) - r
	}
	return Duration(r)
}
