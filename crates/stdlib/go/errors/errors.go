// Package errors implements functions to manipulate errors (Amber's version
// of Go's package errors: New, Is, As, Unwrap, Join, ErrUnsupported).
package errors

// New returns an error whose message is text. Each call returns a distinct
// error even if the texts are equal.
func New(text string) error {
	return &errorString{text}
}

// errorString is the error New returns; it is a pointer so that two calls
// never compare equal.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported indicates that a requested operation cannot be performed
// because it is unsupported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type has an Unwrap method returning error; otherwise nil. It does not
// unwrap errors returned by Join (those have Unwrap() []error).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target. The tree is
// walked depth first: err itself, then the results of Unwrap() error or of
// each element of Unwrap() []error. An error matches target if it is equal
// to target or if it has a method Is(error) bool that returns true.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	// Comparing interfaces whose dynamic types are equal but not comparable
	// would panic, so == is used only when target's type is comparable.
	return isIn(err, target, isComparable(target))
}

func isIn(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && isIn(e, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree (walked as for Is) that matches
// target, and if one is found, sets target to that error value and returns
// true. An error matches if its dynamic type is assignable to the type
// target points to, or if it has a method As(any) bool that returns true.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	nonNilPointer, elemOK := inspectAsTarget(target)
	if !nonNilPointer {
		panic("errors: target must be a non-nil pointer")
	}
	if !elemOK {
		panic("errors: *target must be interface or implement error")
	}
	return asIn(err, target)
}

func asIn(err error, target any) bool {
	for {
		if assignToTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && asIn(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// native: reports whether the dynamic type of x (non-nil) is comparable, i.e.
// whether == on two interfaces holding that type would not panic.
func isComparable(x any) bool

// native: nonNilPointer reports whether target's dynamic type is a pointer
// type and its value is not nil; elemOK reports whether that pointer's element
// type is an interface type or a type that implements error.
func inspectAsTarget(target any) (nonNilPointer bool, elemOK bool)

// native: target is a non-nil pointer as checked by inspectAsTarget. If err's
// dynamic type is assignable to target's element type, stores err in *target
// and returns true; otherwise returns false and changes nothing.
func assignToTarget(err error, target any) bool
