// Command prep copies Amber's Go standard packages into a temporary module
// (module path "amberstd") so that they can be compiled and compared with
// real Go: imports of our own packages are rewritten to "amberstd/<path>",
// bodyless native declarations are dropped, and the Go-bodied stand-ins from
// testdata/standins/<path>/ are added in their place.
//
// Usage: go run prep/main.go <crates/stdlib/go> <destination directory>
package main

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: prep <srcroot> <dstroot>")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "prep:", err)
		os.Exit(1)
	}
}

func run(src, dst string) error {
	ours := map[string]bool{}
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") {
			rel, err := filepath.Rel(src, filepath.Dir(p))
			if err != nil {
				return err
			}
			ours[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	for pkg := range ours {
		if err := copyPackage(filepath.Join(src, pkg), filepath.Join(dst, pkg), ours); err != nil {
			return err
		}
		standins := filepath.Join(src, "testdata", "standins", pkg)
		if entries, err := os.ReadDir(standins); err == nil {
			for _, e := range entries {
				if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
					continue
				}
				if err := rewriteFile(filepath.Join(standins, e.Name()), filepath.Join(dst, pkg, e.Name()), ours); err != nil {
					return err
				}
			}
		}
	}
	// Comparison programs and their helper package.
	cmpSrc := filepath.Join(src, "testdata", "compare")
	err = filepath.WalkDir(cmpSrc, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		rel, err := filepath.Rel(cmpSrc, p)
		if err != nil {
			return err
		}
		return rewriteFile(p, filepath.Join(dst, "compare", rel), ours)
	})
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dst, "go.mod"), []byte("module amberstd\n\ngo 1.22\n"), 0o644)
}

func copyPackage(from, to string, ours map[string]bool) error {
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		if err := rewriteFile(filepath.Join(from, e.Name()), filepath.Join(to, e.Name()), ours); err != nil {
			return err
		}
	}
	return nil
}

// rewriteFile copies one Go file, pointing imports of our packages at the
// temporary module and removing bodyless (native) function declarations.
func rewriteFile(from, to string, ours map[string]bool) error {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, from, nil, parser.ParseComments)
	if err != nil {
		return err
	}
	for _, imp := range file.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			return err
		}
		// Packages that import themselves under the amberstd name, or the
		// real package on purpose (comparison programs use "real/..."),
		// are handled by the prefix below.
		if strings.HasPrefix(path, "real/") {
			imp.Path.Value = strconv.Quote(strings.TrimPrefix(path, "real/"))
			continue
		}
		if ours[path] {
			imp.Path.Value = strconv.Quote("amberstd/" + path)
		}
	}
	kept := file.Decls[:0]
	for _, decl := range file.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok && fn.Body == nil {
			continue
		}
		kept = append(kept, decl)
	}
	file.Decls = kept
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	defer out.Close()
	return format.Node(out, fset, file)
}
