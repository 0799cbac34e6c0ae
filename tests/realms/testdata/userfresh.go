// A script (running as the user) writing a box a realm made and kept in the same transaction.
package main

import "r/victim"

func main() { victim.Make(5).N = 42 }
