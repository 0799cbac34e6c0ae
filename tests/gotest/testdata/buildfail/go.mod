module amber.test/buildfail

go 1.27
