// Package stdvars keeps values that standard packages' variables hold: they must stay those very values.
package stdvars

import (
	"errors"
	"strconv"
	"time"
)

var (
	saved error
	loc   *time.Location
	errs  = map[string]error{}
)

func Save() {
	saved = strconv.ErrRange
	loc = time.UTC
	_, err := strconv.Atoi("99999999999999999999")
	errs["atoi"] = err
}

func Same() bool    { return saved == strconv.ErrRange }
func SameLoc() bool { return loc == time.UTC }
func IsRange() bool { return errors.Is(errs["atoi"], strconv.ErrRange) }
