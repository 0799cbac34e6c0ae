package buildfail

import "testing"

func TestOne(t *testing.T) {
	x := One()
	if One() != 1 {
		t.Error("One() != 1")
	}
}
