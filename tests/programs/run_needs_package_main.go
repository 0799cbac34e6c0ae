package notmain

func F() {}

// Error:
// package command-line-arguments is not a main package
