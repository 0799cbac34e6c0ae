module amber.test/panicking

go 1.27
