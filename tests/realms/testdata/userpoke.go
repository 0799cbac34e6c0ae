// A script (running as the user) trying to change a realm's object.
package main

import "r/victim"

func main() { victim.Get().N = 42 }
