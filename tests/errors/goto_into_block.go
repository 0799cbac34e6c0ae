package main

func main() {
	goto inner
	{
	inner:
	}
}

// Error:
// 4:7: goto inner jumps into block starting at ./goto_into_block.go:5:2
