// A script: one transaction that calls two realms.
package main

import (
	"fmt"

	"r/counter"
	"r/guestbook"
)

func main() {
	counter.Incr(10)
	guestbook.Sign("script", "from a script")
	fmt.Println(counter.Count(), guestbook.Count())
}
