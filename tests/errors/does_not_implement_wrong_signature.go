package main

type Sizer interface{ Size() int }

type F struct{}

func (F) Size() int64 { return 0 }

func main() {
	var s Sizer = F{}
	_ = s
}

// Error:
// 10:16: cannot use F{} (value of struct type F) as Sizer value in variable declaration: F does not implement Sizer (wrong type for method Size)
// 		have Size() int64
// 		want Size() int
