package failing

import (
	"fmt"
	"testing"
)

func check(t *testing.T, x, want int) {
	t.Helper()
	if got := Double(x); got != want {
		t.Errorf("Double(%d) = %d, want %d", x, got, want)
	}
}

func checkAll(t *testing.T, xs ...int) {
	t.Helper()
	for _, x := range xs {
		check(t, x, 2*x)
	}
}

func TestDouble(t *testing.T) {
	check(t, 2, 4)
	check(t, 3, 6)
	checkAll(t, 0, 5)
	t.Log("multi\nline\nlog")
	t.Error("plain", 1, true, nil)
}

func TestFatal(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1") })
	t.Cleanup(func() { t.Log("cleanup 2") })
	t.Fatalf("stop at %d", 3)
	t.Log("not reached")
}

func TestPasses(t *testing.T) {
	t.Log("this log is only shown with -v")
}

func TestSubtests(t *testing.T) {
	t.Log("parent starts")
	ok := t.Run("first case", func(t *testing.T) {
		t.Log("inside first")
		t.Run("deeper", func(t *testing.T) {
			t.Errorf("deep failure\nsecond line")
			t.Log(t.Name())
		})
		t.Log("after deeper:", t.Failed())
	})
	t.Log("first ok:", ok, "parent failed:", t.Failed())
	t.Run("dup", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("dup", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("fatal", func(t *testing.T) {
		t.Fatal("fatal in subtest")
	})
	t.Run("skip after error", func(t *testing.T) {
		t.Error("an error")
		t.Skip("then a skip")
	})
	t.Run("skipped", func(t *testing.T) { t.Skipf("skip %s", "me") })
	t.Run("odd\tname\x01", func(t *testing.T) { t.Log(t.Name()) })
	t.Log("parent ends")
}

func TestFailNow(t *testing.T) {
	t.Fail()
	t.Log("still running:", t.Failed(), t.Skipped())
	t.FailNow()
	t.Log("not reached")
}

func TestSkipNow(t *testing.T) {
	t.Log("about to skip")
	t.SkipNow()
}

func ExampleDouble() {
	fmt.Println(Double(2))
	// Output: 4
}

func Example_wrong() {
	fmt.Println("a  ")
	fmt.Println("b")
	// Output:
	// a
	// c
}

func Example_unordered() {
	fmt.Println("x")
	fmt.Println("z")
	// Unordered output:
	// y
	// x
}
