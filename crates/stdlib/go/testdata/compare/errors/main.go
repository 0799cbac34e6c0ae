// Compares package errors with Go's.
package main

import (
	"amberstd/compare/check"
	"errors"
	"fmt"
	goerrors "real/errors"
)

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("my ", e.code) }

type sliceErr struct{ s []int }

func (e sliceErr) Error() string { return "slice" }

type wrapErr struct {
	msg string
	err error
}

func (e *wrapErr) Error() string { return e.msg + ": " + e.err.Error() }
func (e *wrapErr) Unwrap() error { return e.err }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

type asTen struct{}

func (asTen) Error() string { return "asTen" }
func (asTen) As(t any) bool {
	if p, ok := t.(*myErr); ok {
		*p = myErr{10}
		return true
	}
	return false
}

func main() {
	check.Eq("New text", errors.New("boom").Error(), goerrors.New("boom").Error())
	check.Eq("New distinct", errors.New("x") == errors.New("x"), false)
	check.Eq("Unsupported", errors.ErrUnsupported.Error(), goerrors.ErrUnsupported.Error())
	base := errors.New("base")
	gbase := goerrors.New("base")
	w1 := &wrapErr{"w1", base}
	w2 := &wrapErr{"w2", w1}
	gw2 := &wrapErr{"w2", &wrapErr{"w1", gbase}}
	check.Eq("Is chain", errors.Is(w2, base), goerrors.Is(gw2, gbase))
	check.Eq("Is nil nil", errors.Is(nil, nil), goerrors.Is(nil, nil))
	check.Eq("Is x nil", errors.Is(base, nil), goerrors.Is(gbase, nil))
	check.Eq("Is nil x", errors.Is(nil, base), goerrors.Is(nil, gbase))
	check.Eq("Is value", errors.Is(&wrapErr{"a", myErr{3}}, myErr{3}), goerrors.Is(&wrapErr{"a", myErr{3}}, myErr{3}))
	check.Eq("Is value ne", errors.Is(&wrapErr{"a", myErr{3}}, myErr{4}), goerrors.Is(&wrapErr{"a", myErr{3}}, myErr{4}))
	check.Eq("Is uncomparable", check.Panics(func() { errors.Is(sliceErr{}, sliceErr{}) }), check.Panics(func() { goerrors.Is(sliceErr{}, sliceErr{}) }))
	check.Eq("Is method", errors.Is(isAll{}, base), goerrors.Is(isAll{}, gbase))
	j := errors.Join(nil, errors.New("a"), nil, w2)
	gj := goerrors.Join(nil, goerrors.New("a"), nil, gw2)
	check.Eq("Join text", j.Error(), gj.Error())
	check.Eq("Join nil", errors.Join(nil, nil) == nil, goerrors.Join(nil, nil) == nil)
	check.Eq("Join empty", errors.Join() == nil, goerrors.Join() == nil)
	check.Eq("Join one", errors.Join(base).Error(), goerrors.Join(gbase).Error())
	check.Eq("Is join", errors.Is(j, base), goerrors.Is(gj, gbase))
	check.Eq("Unwrap join", errors.Unwrap(j) == nil, goerrors.Unwrap(gj) == nil)
	check.Eq("Unwrap", errors.Unwrap(w2) == w1, true)
	check.Eq("Unwrap plain", errors.Unwrap(base) == nil, goerrors.Unwrap(gbase) == nil)
	var me, gme myErr
	check.Eq("As value", errors.As(&wrapErr{"a", myErr{7}}, &me), goerrors.As(&wrapErr{"a", myErr{7}}, &gme))
	check.Eq("As value set", me, gme)
	var pw, gpw *wrapErr
	check.Eq("As ptr", errors.As(j, &pw), goerrors.As(gj, &gpw))
	check.Eq("As ptr set", pw.msg, gpw.msg)
	var ie, gie interface{ Unwrap() error }
	check.Eq("As iface", errors.As(j, &ie), goerrors.As(gj, &gie))
	me, gme = myErr{}, myErr{}
	check.Eq("As method", errors.As(asTen{}, &me), goerrors.As(asTen{}, &gme))
	check.Eq("As method set", me, gme)
	check.Eq("As miss", errors.As(base, &me), goerrors.As(gbase, &gme))
	check.Eq("As nil err", errors.As(nil, &me), goerrors.As(nil, &gme))
	check.Eq("As nil target", check.Panics(func() { errors.As(base, nil) }), check.Panics(func() { goerrors.As(gbase, nil) }))
	check.Eq("As non-pointer", check.Panics(func() { errors.As(base, me) }), check.Panics(func() { goerrors.As(gbase, gme) }))
	var nilp *myErr
	check.Eq("As nil pointer", check.Panics(func() { errors.As(base, nilp) }), check.Panics(func() { goerrors.As(gbase, nilp) }))
	var n int
	check.Eq("As bad elem", check.Panics(func() { errors.As(base, &n) }), check.Panics(func() { goerrors.As(gbase, &n) }))
	check.Done("errors")
}
