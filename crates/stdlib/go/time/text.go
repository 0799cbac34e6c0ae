// Time as text and JSON (RFC 3339 with sub-second precision), and ZoneBounds.
package time

import "errors"

// appendStrictRFC3339 appends t as RFC3339Nano, or reports why the result
// would not be valid RFC 3339.
func (t Time) appendStrictRFC3339(b []byte) ([]byte, error) {
	if year := t.Year(); year < 0 || year > 9999 {
		return b, errors.New("year outside of range [0,9999]")
	}
	_, offset := t.Zone()
	if hours := offset / 60 / 60; hours >= 24 || hours <= -24 {
		return b, errors.New("timezone hour outside of range [0,23]")
	}
	return t.AppendFormat(b, RFC3339Nano), nil
}

// AppendText formats t in RFC 3339 format with sub-second precision and
// appends it to b; an error is returned when t cannot be represented as
// valid RFC 3339 (its year is out of range, or its zone offset).
func (t Time) AppendText(b []byte) ([]byte, error) {
	b, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New("Time.AppendText: " + err.Error())
	}
	return b, nil
}

// MarshalText implements encoding.TextMarshaler: the output of AppendText.
func (t Time) MarshalText() ([]byte, error) {
	b, err := t.appendStrictRFC3339(make([]byte, 0, len(RFC3339Nano)))
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

// UnmarshalText implements encoding.TextUnmarshaler. The time must be in
// the RFC 3339 format.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON implements json.Marshaler: the time is a quoted string in
// RFC 3339 format with sub-second precision.
func (t Time) MarshalJSON() ([]byte, error) {
	b := append(make([]byte, 0, len(RFC3339Nano)+2), '"')
	b, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return append(b, '"'), nil
}

// UnmarshalJSON implements json.Unmarshaler: the time must be a quoted
// string in RFC 3339 format; null changes nothing.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1:len(data)-1]))
	return err
}

// ZoneBounds returns the bounds of the time zone in effect at time t. Every
// zone here is fixed: it begins at the beginning of time and goes on
// forever, so both are the zero Time.
func (t Time) ZoneBounds() (start, end Time) {
	return Time{}, Time{}
}
