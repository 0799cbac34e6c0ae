module amber.test/failing

go 1.27
