module amber.test/calc

go 1.27
