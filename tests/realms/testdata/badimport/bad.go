package badimport

import "r/nope"

var X = nope.Y
