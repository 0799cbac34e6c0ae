// Package testing supports the automated tests that `amber test` runs, with the API and the output of Go's
// package testing: T with logging, failing, skipping, helpers, cleanups and subtests, and examples. There are
// no benchmarks, fuzzing, TestMain or parallel tests.
//
// There are no goroutines: a test runs to completion on the caller's stack. FailNow and SkipNow stop a test by
// panicking with a private sentinel value that the runner recovers (deferred calls of the test still run, as
// with Go's runtime.Goexit). Durations always print as 0.00s: the machine has no clock.
package testing

import (
	"fmt"
	"strings"
	"unicode"
)

// callerFrame reports the guest frame skip levels above the function that calls it (0: that function
// itself): its function name as stack traces print it (`testing.(*T).Errorf`), its file and its line. ok is
// false beyond the outermost frame.
//
// native: crates/vm/src/native_caller.rs
func callerFrame(skip int) (fn string, file string, line int, ok bool)

// runBodyFunc is the runner frame that calls a test function; log positions never look past it.
const runBodyFunc = "testing.(*T).runBody"

// TB is the interface common to T and, in Go, B and F.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
}

// T is the state of one test or subtest, passed to Test functions.
type T struct {
	name     string
	parent   *T // nil for the root, which stands for the whole run
	r        *runner
	failed   bool
	skipped  bool
	finished bool
	// output holds what is printed after the test's `--- FAIL` line: its log lines when not verbose, and the
	// reports of its subtests.
	output   string
	helpers  map[string]bool
	cleanups []func()
	// subNames counts the uses of each subtest name, to make them unique as Go does (`a`, `a#01`, ...).
	subNames map[string]int
}

// InternalTest is a test function and its name, as listed by the generated main of `amber test`.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalExample is an example function. Its output is compared with the `// Output:` comment by
// `amber test` itself, which reads the markers AmberMain prints around each example.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// stopTest is the panic value with which FailNow and SkipNow unwind a test.
type stopTest struct{}

// runner is the state of one run: whether it is verbose, and the name of the test whose output was printed
// last (verbose output marks a switch to another test with `=== NAME`).
type runner struct {
	chatty   bool
	lastName string
	passed   int
	failed   int
	// panicking is set once a test panicked and was reported: the tests above it let the panic through.
	panicking bool
}

// marker starts every line through which AmberMain talks to `amber test` (a NUL byte never appears in
// ordinary output).
const marker = "\x00amber:"

// verbose is whether the run prints every test (`amber test -v`).
var verbose bool

// Verbose reports whether the tests run with -v.
func Verbose() bool {
	return verbose
}

// Short reports whether the tests run with -short (never, under amber test).
func Short() bool {
	return false
}

// Testing reports whether the program is a test.
func Testing() bool {
	return true
}

// AmberMain runs tests and then examples, printing as `go test` does, and ends with a marker line giving the
// verdict and the numbers of passed and failed tests. It is called by the main that `amber test` generates
// and is not part of Go's API.
func AmberMain(chatty bool, tests []InternalTest, examples []InternalExample) {
	verbose = chatty
	r := &runner{chatty: chatty}
	root := &T{r: r}
	for _, test := range tests {
		t := &T{name: test.Name, parent: root, r: r}
		if r.chatty {
			r.update(t.name, "=== RUN   "+t.name+"\n")
		}
		t.run(test.F)
		if t.failed {
			r.failed++
		} else {
			r.passed++
		}
	}
	for _, eg := range examples {
		if r.chatty {
			r.update(eg.Name, "=== RUN   "+eg.Name+"\n")
		}
		fmt.Print(marker + "example " + eg.Name + "\n")
		runExample(eg.F)
		fmt.Print(marker + "end\n")
	}
	verdict := "PASS"
	if root.failed {
		verdict = "FAIL"
	}
	fmt.Print(marker + "done " + verdict + " " + fmt.Sprint(r.passed) + " " + fmt.Sprint(r.failed) + "\n")
}

// runExample runs an example; when it panics, `amber test` is told so before the panic goes on.
func runExample(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Print(marker + "panic\n")
			panic(e)
		}
	}()
	f()
}

// update prints a line that names its test (`=== RUN`, `--- PASS`).
func (r *runner) update(name string, text string) {
	r.lastName = name
	fmt.Print(text)
}

// printf prints output of a test, first naming the test when the previous output came from another one.
func (r *runner) printf(name string, text string) {
	if r.lastName == "" {
		r.lastName = name
	} else if r.lastName != name {
		fmt.Print("=== NAME  " + name + "\n")
		r.lastName = name
	}
	fmt.Print(text)
}

// run runs a test function, its cleanups, and reports the result to the parent.
func (t *T) run(f func(*T)) {
	t.runBody(f)
	t.runCleanups()
	t.finished = true
	t.report()
}

// runBody calls the test function. A panic other than FailNow's or SkipNow's fails the test and every test
// above it, which are reported at once (nothing else runs), then the panic goes on and ends the program.
func (t *T) runBody(f func(*T)) {
	defer func() {
		if t.r.panicking {
			// A subtest's panic, already reported: not recovering lets it go on as it is.
			return
		}
		if e := recover(); e != nil {
			if _, stopped := e.(*stopTest); stopped {
				return
			}
			t.r.panicking = true
			t.Fail()
			t.runCleanups()
			t.finished = true
			for c := t; c.parent != nil; c = c.parent {
				c.flushToParent("--- FAIL: " + c.name + " (0.00s)\n")
			}
			panic(e)
		}
	}()
	f(t)
}

// runCleanups calls the registered cleanups, last registered first.
func (t *T) runCleanups() {
	for len(t.cleanups) > 0 {
		last := len(t.cleanups) - 1
		f := t.cleanups[last]
		t.cleanups = t.cleanups[:last]
		t.runCleanup(f)
	}
}

func (t *T) runCleanup(f func()) {
	defer func() {
		if e := recover(); e != nil {
			if _, stopped := e.(*stopTest); stopped {
				return
			}
			panic(e)
		}
	}()
	f()
}

// report prints the `--- FAIL` line of a failed test followed by its output (and, when verbose, the
// `--- PASS` / `--- SKIP` line of the others) into the parent's output. A passing test's output is dropped
// unless verbose, as in Go.
func (t *T) report() {
	if t.parent == nil {
		return
	}
	if t.failed {
		t.flushToParent("--- FAIL: " + t.name + " (0.00s)\n")
	} else if t.r.chatty {
		if t.skipped {
			t.flushToParent("--- SKIP: " + t.name + " (0.00s)\n")
		} else {
			t.flushToParent("--- PASS: " + t.name + " (0.00s)\n")
		}
	}
}

// flushToParent writes a header and the test's output to the parent: printed for a top-level test, else
// indented by four spaces into the parent's output.
func (t *T) flushToParent(header string) {
	text := header + t.output
	t.output = ""
	p := t.parent
	if p.parent == nil {
		if t.r.chatty {
			t.r.update(t.name, text)
		} else {
			fmt.Print(text)
		}
		return
	}
	p.output += indent(text)
}

// indent prefixes every line of text with four spaces.
func indent(text string) string {
	var b strings.Builder
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			b.WriteString("    ")
			b.WriteString(text[start : i+1])
			start = i + 1
		}
	}
	if start < len(text) {
		b.WriteString("    ")
		b.WriteString(text[start:])
	}
	return b.String()
}

// Name returns the name of the running test or subtest (`TestX/sub_name`).
func (t *T) Name() string {
	return t.name
}

// Fail marks the test (and the tests it runs under) as failed; it keeps running.
func (t *T) Fail() {
	for c := t; c != nil; c = c.parent {
		c.failed = true
	}
}

// Failed reports whether the test has failed.
func (t *T) Failed() bool {
	return t.failed
}

// FailNow marks the test as failed and stops it. Its deferred calls and cleanups still run, then the next
// test runs.
func (t *T) FailNow() {
	t.Fail()
	panic(&stopTest{})
}

// Log formats its arguments as fmt.Println does and records the text in the test's output (printed when the
// test fails, or at once when verbose).
func (t *T) Log(args ...any) {
	t.log(fmt.Sprintln(args...))
}

// Logf formats its arguments as fmt.Printf does and records the text like Log.
func (t *T) Logf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
}

// Error is Log followed by Fail.
func (t *T) Error(args ...any) {
	t.log(fmt.Sprintln(args...))
	t.Fail()
}

// Errorf is Logf followed by Fail.
func (t *T) Errorf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.Fail()
}

// Fatal is Log followed by FailNow.
func (t *T) Fatal(args ...any) {
	t.log(fmt.Sprintln(args...))
	t.FailNow()
}

// Fatalf is Logf followed by FailNow.
func (t *T) Fatalf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.FailNow()
}

// Skip is Log followed by SkipNow.
func (t *T) Skip(args ...any) {
	t.log(fmt.Sprintln(args...))
	t.SkipNow()
}

// Skipf is Logf followed by SkipNow.
func (t *T) Skipf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.SkipNow()
}

// SkipNow marks the test as skipped and stops it. A test that failed before stays failed.
func (t *T) SkipNow() {
	t.skipped = true
	panic(&stopTest{})
}

// Skipped reports whether the test was skipped.
func (t *T) Skipped() bool {
	return t.skipped
}

// Parallel would let the test run in parallel with other parallel tests; tests run one at a time here, so
// it does nothing (Go's verbose output would also show `=== PAUSE` and `=== CONT` lines).
func (t *T) Parallel() {}

// Helper marks the calling function as a test helper: log lines name the line that called it instead.
func (t *T) Helper() {
	fn, _, _, ok := callerFrame(1)
	if !ok {
		return
	}
	if t.helpers == nil {
		t.helpers = map[string]bool{}
	}
	t.helpers[fn] = true
}

// Cleanup registers f to run when the test and all its subtests have finished; cleanups run last
// registered first.
func (t *T) Cleanup(f func()) {
	t.cleanups = append(t.cleanups, f)
}

// Run runs f as a subtest of t named `t.Name()/name` (spaces become underscores; a repeated name gets a
// `#01` suffix) and reports whether it succeeded. It returns when f and its cleanups have finished.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.subName(name), parent: t, r: t.r}
	if t.r.chatty {
		t.r.update(sub.name, "=== RUN   "+sub.name+"\n")
	}
	sub.run(f)
	return !sub.failed
}

// subName makes the full, unique name of a subtest.
func (t *T) subName(name string) string {
	full := t.name + "/" + rewrite(name)
	if t.subNames == nil {
		t.subNames = map[string]int{}
	}
	n, seen := t.subNames[full]
	if !seen {
		t.subNames[full] = 0
		return full
	}
	for {
		n++
		candidate := fmt.Sprintf("%s#%02d", full, n)
		if _, taken := t.subNames[candidate]; !taken {
			t.subNames[full] = n
			t.subNames[candidate] = 0
			return candidate
		}
	}
}

// rewrite turns a subtest name into the form Go prints: spaces become underscores, unprintable characters
// their Go escapes.
func rewrite(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte('_')
		case !unicode.IsPrint(r):
			q := fmt.Sprintf("%q", r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// log records a message with the position of the test code that logged it.
func (t *T) log(s string) {
	// Frames: 0 log, 1 the T method (Log, Errorf...), 2 its caller.
	text := t.decorate(s, 2)
	if t.r.chatty {
		t.r.printf(t.name, text)
	} else {
		t.output += text
	}
}

// decorate formats a log message as Go does: `    file.go:LINE: text`, continuation lines indented by eight
// spaces, a final newline.
func (t *T) decorate(s string, skip int) string {
	file, line := t.callSite(skip + 1)
	lines := strings.Split(s, "\n")
	if n := len(lines); n > 1 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(file)
	b.WriteString(":")
	b.WriteString(fmt.Sprint(line))
	b.WriteString(": ")
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(l)
	}
	b.WriteString("\n")
	return b.String()
}

// callSite finds the file (base name) and line of the frame skip levels above callSite's caller, passing
// over functions marked with Helper but never past the test function itself.
func (t *T) callSite(skip int) (string, int) {
	file, line := "???", 1
	for i := skip + 1; ; i++ {
		fn, f, l, ok := callerFrame(i)
		if !ok || fn == runBodyFunc {
			return file, line
		}
		file, line = baseName(f), l
		if !t.isHelper(fn) {
			return file, line
		}
	}
}

// isHelper reports whether fn was marked by Helper in this test or a test above it.
func (t *T) isHelper(fn string) bool {
	for c := t; c != nil; c = c.parent {
		if c.helpers[fn] {
			return true
		}
	}
	return false
}

func baseName(path string) string {
	if i := strings.LastIndex(path, "/"); i >= 0 {
		return path[i+1:]
	}
	return path
}

// B is passed to Benchmark functions. `amber test` compiles benchmarks with the package's tests but does not
// run them (as `go test` without -bench), so a B only ever runs its function once, with N = 1, when a test
// calls one itself.
type B struct {
	T
	N int
}

// ResetTimer, StartTimer and StopTimer control the benchmark timer; Amber times nothing.
func (b *B) ResetTimer() {}

func (b *B) StartTimer() {}

func (b *B) StopTimer() {}

// ReportAllocs, ReportMetric and SetBytes ask for extra benchmark figures; Amber reports none.
func (b *B) ReportAllocs() {}

func (b *B) ReportMetric(n float64, unit string) {}

func (b *B) SetBytes(n int64) {}

// Loop reports whether the benchmark loop should run again: once, as N is 1.
func (b *B) Loop() bool {
	if b.N > 0 {
		b.N--
		return true
	}
	return false
}

// Run runs f as a sub-benchmark named name, once.
func (b *B) Run(name string, f func(b *B)) bool {
	sub := &B{N: 1}
	sub.T = T{name: b.subName(name), parent: &b.T, r: b.r}
	sub.T.run(func(*T) { f(sub) })
	return !sub.failed
}
