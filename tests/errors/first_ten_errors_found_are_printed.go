// Go prints the first ten errors it finds, sorted: a function's unused variables are found after its other
// errors, so here they do not make the cut.
package main

func main() {
	a := 1
	var b0 int = "x"
	var b1 int = "x"
	var b2 int = "x"
	var b3 int = "x"
	var b4 int = "x"
	var b5 int = "x"
	var b6 int = "x"
	var b7 int = "x"
	var b8 int = "x"
	var b9 int = "x"
	_, _, _, _, _, _, _, _, _, _ = b0, b1, b2, b3, b4, b5, b6, b7, b8, b9
}

// Error:
// 7:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 8:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 9:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 10:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 11:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 12:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 13:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 14:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 15:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 16:15: cannot use "x" (untyped string constant) as int value in variable declaration
// 16:15: too many errors
