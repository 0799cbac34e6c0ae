package main

import (
	"fmt"
	"strings"
	"time"
)

// Clock is simulated time so the program is deterministic.
type Clock struct{ now time.Duration }

func (c *Clock) Advance(d time.Duration) { c.now += d }

type TokenBucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Duration
	clock    *Clock
}

func NewTokenBucket(c *Clock, capacity int, per time.Duration) *TokenBucket {
	return &TokenBucket{
		capacity: float64(capacity),
		tokens:   float64(capacity),
		rate:     float64(capacity) / per.Seconds(),
		clock:    c,
	}
}

func (b *TokenBucket) refill() {
	elapsed := b.clock.now - b.last
	b.last = b.clock.now
	b.tokens = min(b.capacity, b.tokens+elapsed.Seconds()*b.rate)
}

func (b *TokenBucket) Allow(cost int) bool {
	b.refill()
	if b.tokens >= float64(cost) {
		b.tokens -= float64(cost)
		return true
	}
	return false
}

// RetryAfter says how long until cost tokens are available.
func (b *TokenBucket) RetryAfter(cost int) time.Duration {
	b.refill()
	missing := float64(cost) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second)).Round(time.Millisecond)
}

type SlidingWindow struct {
	limit  int
	window time.Duration
	events []time.Duration
	clock  *Clock
}

func (w *SlidingWindow) Allow() bool {
	cutoff := w.clock.now - w.window
	i := 0
	for i < len(w.events) && w.events[i] <= cutoff {
		i++
	}
	w.events = w.events[i:]
	if len(w.events) >= w.limit {
		return false
	}
	w.events = append(w.events, w.clock.now)
	return true
}

func main() {
	clock := &Clock{}
	bucket := NewTokenBucket(clock, 5, time.Second)
	window := &SlidingWindow{limit: 5, window: time.Second, clock: clock}
	gaps := []time.Duration{0, 0, 0, 0, 0, 0, 0, 100 * time.Millisecond, 100 * time.Millisecond,
		250 * time.Millisecond, 300 * time.Millisecond, 50 * time.Millisecond, time.Second, 0, 0, 10 * time.Millisecond}
	var bLine, wLine strings.Builder
	for i, g := range gaps {
		clock.Advance(g)
		okB := bucket.Allow(1)
		okW := window.Allow()
		mark := func(ok bool) byte {
			if ok {
				return '+'
			}
			return '-'
		}
		bLine.WriteByte(mark(okB))
		wLine.WriteByte(mark(okW))
		retry := bucket.RetryAfter(1)
		fmt.Printf("req %2d t=%-7v bucket=%-5t (%.2f left, retry %v) window=%t\n",
			i, clock.now, okB, bucket.tokens, retry, okW)
	}
	fmt.Println("bucket:", bLine.String())
	fmt.Println("window:", wLine.String())
	big := NewTokenBucket(clock, 10, 2*time.Second)
	fmt.Println(big.Allow(8), big.Allow(8), big.RetryAfter(8), big.RetryAfter(20))
	clock.Advance(1200 * time.Millisecond)
	allowed := big.Allow(8)
	fmt.Println(allowed, fmt.Sprintf("%.1f", big.tokens))
}

// Output:
// req  0 t=0s      bucket=true  (4.00 left, retry 0s) window=true
// req  1 t=0s      bucket=true  (3.00 left, retry 0s) window=true
// req  2 t=0s      bucket=true  (2.00 left, retry 0s) window=true
// req  3 t=0s      bucket=true  (1.00 left, retry 0s) window=true
// req  4 t=0s      bucket=true  (0.00 left, retry 200ms) window=true
// req  5 t=0s      bucket=false (0.00 left, retry 200ms) window=false
// req  6 t=0s      bucket=false (0.00 left, retry 200ms) window=false
// req  7 t=100ms   bucket=false (0.50 left, retry 100ms) window=false
// req  8 t=200ms   bucket=true  (0.00 left, retry 200ms) window=false
// req  9 t=450ms   bucket=true  (0.25 left, retry 150ms) window=false
// req 10 t=750ms   bucket=true  (0.75 left, retry 50ms) window=false
// req 11 t=800ms   bucket=true  (0.00 left, retry 200ms) window=false
// req 12 t=1.8s    bucket=true  (4.00 left, retry 0s) window=true
// req 13 t=1.8s    bucket=true  (3.00 left, retry 0s) window=true
// req 14 t=1.8s    bucket=true  (2.00 left, retry 0s) window=true
// req 15 t=1.81s   bucket=true  (1.05 left, retry 0s) window=true
// bucket: +++++---++++++++
// window: +++++-------++++
// true false 1.2s 3.6s
// true 0.0
