// Package timelog keeps when each user last checked in: time.Time values in structs in a map.
package timelog

import (
	"chain"
	"time"
)

// Visit is one user's record.
type Visit struct {
	First time.Time
	Last  time.Time
	Count int
}

var visits = map[string]*Visit{}

// started is set by init: the block time of the deploy transaction.
var started time.Time

// zone is a fixed zone made by the realm: it persists with the times that use it.
var zone = time.FixedZone("CET", 3600)

var lastLocal time.Time

func init() {
	started = time.Now()
}

// CheckIn records a visit by the caller under name and returns the block time.
func CheckIn(name string) string {
	now := time.Now()
	v := visits[name]
	if v == nil {
		v = &Visit{First: now}
		visits[name] = v
	}
	v.Last = now
	v.Count++
	lastLocal = now.In(zone)
	_ = chain.Caller()
	return now.Format(time.RFC3339)
}

// Since returns how long ago (in block time) name first checked in.
func Since(name string) string {
	v := visits[name]
	if v == nil {
		return "never"
	}
	return time.Since(v.First).String()
}
