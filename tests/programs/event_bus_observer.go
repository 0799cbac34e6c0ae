package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event) error

type subscription struct {
	id       int
	pattern  string
	handler  Handler
	priority int
	once     bool
}

type Bus struct {
	subs    []*subscription
	nextID  int
	log     []string
	errors  []error
	publish int
}

// matches supports exact topics and a trailing wildcard like "order.*".
func matches(pattern, topic string) bool {
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(topic, prefix)
	}
	return pattern == topic
}

func (b *Bus) Subscribe(pattern string, priority int, h Handler) (unsubscribe func()) {
	b.nextID++
	s := &subscription{id: b.nextID, pattern: pattern, handler: h, priority: priority}
	b.subs = append(b.subs, s)
	return func() {
		for i, x := range b.subs {
			if x == s {
				b.subs = append(b.subs[:i], b.subs[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Once(pattern string, h Handler) {
	b.Subscribe(pattern, 0, h)
	b.subs[len(b.subs)-1].once = true
}

func (b *Bus) Publish(topic string, payload any) int {
	b.publish++
	var targets []*subscription
	for _, s := range b.subs {
		if matches(s.pattern, topic) {
			targets = append(targets, s)
		}
	}
	sort.SliceStable(targets, func(i, j int) bool { return targets[i].priority > targets[j].priority })
	delivered := 0
	for _, s := range targets {
		if s.once {
			for i, x := range b.subs {
				if x == s {
					b.subs = append(b.subs[:i], b.subs[i+1:]...)
					break
				}
			}
		}
		err := func() (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("handler %d panicked: %v", s.id, r)
				}
			}()
			return s.handler(Event{topic, payload})
		}()
		if err != nil {
			b.errors = append(b.errors, fmt.Errorf("%s: %w", topic, err))
			continue
		}
		delivered++
	}
	return delivered
}

type Order struct {
	ID    int
	Total float64
}

func main() {
	bus := &Bus{}
	var audit []string
	totals := map[string]float64{}
	bus.Subscribe("order.*", 0, func(e Event) error {
		audit = append(audit, "audit:"+e.Topic)
		return nil
	})
	bus.Subscribe("order.created", 10, func(e Event) error {
		o, ok := e.Payload.(Order)
		if !ok {
			return fmt.Errorf("bad payload %T", e.Payload)
		}
		totals["created"] += o.Total
		audit = append(audit, fmt.Sprintf("billing:#%d", o.ID))
		return nil
	})
	unsub := bus.Subscribe("order.created", 5, func(e Event) error {
		audit = append(audit, "email")
		return nil
	})
	bus.Subscribe("order.cancelled", 1, func(e Event) error {
		o := e.Payload.(Order) // panics on bad payload; the bus recovers
		totals["cancelled"] += o.Total
		return nil
	})
	bus.Once("order.created", func(e Event) error {
		audit = append(audit, "first-order-bonus")
		return nil
	})
	fmt.Println("delivered:", bus.Publish("order.created", Order{1, 19.99}))
	fmt.Println("delivered:", bus.Publish("order.created", Order{2, 5.01}))
	unsub()
	fmt.Println("delivered:", bus.Publish("order.created", Order{3, 100}))
	fmt.Println("delivered:", bus.Publish("order.cancelled", Order{2, 5.01}))
	fmt.Println("delivered:", bus.Publish("order.cancelled", "oops"))
	fmt.Println("delivered:", bus.Publish("order.created", 42))
	fmt.Println("delivered:", bus.Publish("user.login", "ann"))
	fmt.Println(strings.Join(audit, " "))
	fmt.Printf("totals: created=%.2f cancelled=%.2f\n", totals["created"], totals["cancelled"])
	for _, err := range bus.errors {
		fmt.Println("error:", err)
	}
	fmt.Println("subscriptions left:", len(bus.subs), "published:", bus.publish)
}

// Output:
// delivered: 4
// delivered: 3
// delivered: 2
// delivered: 2
// delivered: 1
// delivered: 1
// delivered: 0
// billing:#1 email audit:order.created first-order-bonus billing:#2 email audit:order.created billing:#3 audit:order.created audit:order.cancelled audit:order.cancelled audit:order.created
// totals: created=125.00 cancelled=5.01
// error: order.cancelled: handler 4 panicked: interface conversion: interface {} is string, not main.Order
// error: order.created: bad payload int
// subscriptions left: 3 published: 7
