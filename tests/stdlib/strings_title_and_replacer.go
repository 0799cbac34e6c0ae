package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	cases := []struct {
		args []string
		in   string
	}{
		{[]string{"a", "1", "b", "2"}, "abcab"},
		{[]string{"a", "1", "a", "2"}, "aaa"},
		{[]string{"aaa", "3", "aa", "2", "a", "1"}, "aaaa"},
		{[]string{"a", "1", "aaa", "3", "aa", "2"}, "aaaa"},
		{[]string{"", "X"}, "abc"},
		{[]string{"", "X"}, ""},
		{[]string{"", "X"}, "héllo"},
		{[]string{"a", "A", "", "X"}, "abca"},
		{[]string{"", "X", "a", "A"}, "abca"},
		{[]string{"abc", "ABC", "", "-"}, "xabcy"},
		{[]string{"hello", "HI", "hell", "HE"}, "hellohell"},
		{[]string{"hell", "HE", "hello", "HI"}, "hellohell"},
		{[]string{"<", "&lt;", ">", "&gt;", "&", "&amp;"}, "<a & b>"},
		{[]string{"a", "b", "b", "a"}, "abba"},
		{[]string{"a", "", "b", ""}, "abcab"},
		{[]string{"ab", "x"}, "aab abab"},
		{[]string{"aa", "x"}, "aaaaa"},
		{[]string{"x", "yy"}, "\xffx\xff"},
		{[]string{"", ""}, "abc"},
		{[]string{"b", "B", "", "-"}, "abc"},
		{[]string{"日本", "JP", "", "|"}, "日本語"},
		{[]string{}, "unchanged"},
		{[]string{"a", "1", "", "X", "b", "2"}, "ab"},
		{[]string{"ab", "1", "", "X"}, "aab"},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.args...)
		var sb strings.Builder
		n, err := r.WriteString(&sb, c.in)
		fmt.Printf("%q %q -> %q | %q %d %v\n", c.args, c.in, r.Replace(c.in), sb.String(), n, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a")
	}()
	for _, s := range []string{"hello world", "hello_world-foo bar", "ǆemal émile 3rd", "  a  b", "o'neil", "x.y,z", "ßtraße", "żółw łódź", "123abc def\tghi\nnew"} {
		fmt.Printf("%q %q\n", strings.Title(s), bytes.Title([]byte(s)))
	}
	fmt.Printf("%q\n", bytes.Title(nil))
	fmt.Printf("%q\n", bytes.Title([]byte{}))
}

// Output:
// ["a" "1" "b" "2"] "abcab" -> "12c12" | "12c12" 5 <nil>
// ["a" "1" "a" "2"] "aaa" -> "111" | "111" 3 <nil>
// ["aaa" "3" "aa" "2" "a" "1"] "aaaa" -> "31" | "31" 2 <nil>
// ["a" "1" "aaa" "3" "aa" "2"] "aaaa" -> "1111" | "1111" 4 <nil>
// ["" "X"] "abc" -> "XaXbXcX" | "XaXbXcX" 7 <nil>
// ["" "X"] "" -> "X" | "X" 1 <nil>
// ["" "X"] "héllo" -> "XhX\xc3X\xa9XlXlXoX" | "XhX\xc3X\xa9XlXlXoX" 13 <nil>
// ["a" "A" "" "X"] "abca" -> "AXbXcAX" | "AXbXcAX" 7 <nil>
// ["" "X" "a" "A"] "abca" -> "XAXbXcXAX" | "XAXbXcXAX" 9 <nil>
// ["abc" "ABC" "" "-"] "xabcy" -> "-xABC-y-" | "-xABC-y-" 8 <nil>
// ["hello" "HI" "hell" "HE"] "hellohell" -> "HIHE" | "HIHE" 4 <nil>
// ["hell" "HE" "hello" "HI"] "hellohell" -> "HEoHE" | "HEoHE" 5 <nil>
// ["<" "&lt;" ">" "&gt;" "&" "&amp;"] "<a & b>" -> "&lt;a &amp; b&gt;" | "&lt;a &amp; b&gt;" 17 <nil>
// ["a" "b" "b" "a"] "abba" -> "baab" | "baab" 4 <nil>
// ["a" "" "b" ""] "abcab" -> "c" | "c" 1 <nil>
// ["ab" "x"] "aab abab" -> "ax xx" | "ax xx" 5 <nil>
// ["aa" "x"] "aaaaa" -> "xxa" | "xxa" 3 <nil>
// ["x" "yy"] "\xffx\xff" -> "\xffyy\xff" | "\xffyy\xff" 4 <nil>
// ["" ""] "abc" -> "abc" | "abc" 3 <nil>
// ["b" "B" "" "-"] "abc" -> "-aB-c-" | "-aB-c-" 6 <nil>
// ["日本" "JP" "" "|"] "日本語" -> "JP|\xe8|\xaa|\x9e|" | "JP|\xe8|\xaa|\x9e|" 9 <nil>
// [] "unchanged" -> "unchanged" | "unchanged" 9 <nil>
// ["a" "1" "" "X" "b" "2"] "ab" -> "1X2X" | "1X2X" 4 <nil>
// ["ab" "1" "" "X"] "aab" -> "Xa1X" | "Xa1X" 4 <nil>
// recovered: strings.NewReplacer: odd argument count
// "Hello World" "Hello World"
// "Hello_world-Foo Bar" "Hello_world-Foo Bar"
// "ǅemal Émile 3rd" "ǅemal Émile 3rd"
// "  A  B" "  A  B"
// "O'Neil" "O'Neil"
// "X.Y,Z" "X.Y,Z"
// "ßtraße" "ßtraße"
// "Żółw Łódź" "Żółw Łódź"
// "123abc Def\tGhi\nNew" "123abc Def\tGhi\nNew"
// ""
// ""
