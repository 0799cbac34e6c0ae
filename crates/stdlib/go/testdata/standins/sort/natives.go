// Go-bodied stand-ins for the natives of package sort (test harness only).
package sort

import "reflect"

func sliceInfo(x any) (kind string, length int) {
	if x == nil {
		return "zero", 0
	}
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return v.Kind().String(), v.Len()
	}
	return v.Kind().String(), 0
}

func sliceSwap(x any, i, j int) {
	reflect.Swapper(x)(i, j)
}
