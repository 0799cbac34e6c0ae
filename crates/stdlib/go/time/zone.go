// Locations: UTC, Local (UTC here) and fixed zones. There is no time zone database.
package time

import "errors"

// A Location maps time instants to the zone in use at that time. Amber has
// no time zone database: every Location is a fixed zone, a name and an
// offset from UTC.
type Location struct {
	name   string
	offset int // seconds east of UTC
}

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone. Execution must be the same
// on every machine, so local time is UTC (as in Go with TZ set to "").
var Local *Location = &utcLoc

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return utcLoc.name
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// LoadLocation returns the Location with the given name. Without a time
// zone database only "" and "UTC" (UTC) and "Local" are known.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}
