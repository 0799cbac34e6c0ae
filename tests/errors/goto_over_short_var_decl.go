package main

func main() {
	if true {
		goto done
	}
	a, b := 1, 2
	_, _ = a, b
done:
}

// Error:
// 5:8: goto done jumps over declaration of a, b at ./goto_over_short_var_decl.go:7:7
