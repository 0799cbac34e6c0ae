// Go-bodied stand-ins for the natives of package errors (test harness only).
package errors

import "reflect"

func isComparable(x any) bool {
	return reflect.TypeOf(x).Comparable()
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func inspectAsTarget(target any) (nonNilPointer bool, elemOK bool) {
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return false, false
	}
	elem := v.Type().Elem()
	return true, elem.Kind() == reflect.Interface || elem.Implements(errorType)
}

func assignToTarget(err error, target any) bool {
	v := reflect.ValueOf(target).Elem()
	if reflect.TypeOf(err).AssignableTo(v.Type()) {
		v.Set(reflect.ValueOf(err))
		return true
	}
	return false
}
