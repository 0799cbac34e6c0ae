// Package relay calls realm r/chainapi: there, the caller is this realm.
package relay

import (
	"chain"
	"r/chainapi"
)

// Who is chainapi.Who called from this realm.
func Who() string { return chainapi.Who() }

// CallerIsMe reports whether r/chainapi sees this realm as its caller.
func CallerIsMe() bool {
	return chainapi.Who() == "caller="+string(chain.RealmAddress("r/relay"))+" origin="+string(chain.OriginCaller())+" realm=r/chainapi realmaddr="+string(chain.RealmAddress("r/chainapi"))
}
