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
	// Keyed by identity: the keys must stay those very values too.
	counts = map[error]int{}
	zones  = map[*time.Location]string{}
)

func Save() {
	saved = strconv.ErrRange
	loc = time.UTC
	_, err := strconv.Atoi("99999999999999999999")
	errs["atoi"] = err
	counts[strconv.ErrRange]++
	counts[strconv.ErrSyntax] += 10
	zones[time.UTC] = "utc"
}

func Same() bool    { return saved == strconv.ErrRange }
func SameLoc() bool { return loc == time.UTC }
func IsRange() bool { return errors.Is(errs["atoi"], strconv.ErrRange) }

func Count() int   { return counts[strconv.ErrRange] }
func Zone() string { return zones[time.UTC] }
