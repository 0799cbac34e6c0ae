package main

import "fmt"

func main() {
	fmt.Println([]string{"a", "b c"}, [3]int{1, 2, 3})
	fmt.Printf("%v %q %x %d\n", []string{"a"}, []string{"a", "b"}, []string{"hi"}, []int{1, 2})
	fmt.Println([][]int{{1}, {2, 3}, nil})
	fmt.Println([]interface{}{1, "a", nil, []int{}})
	fmt.Printf("%5d|%-3v|\n", []int{1, 2}, []int{3})
	fmt.Printf("%x % X %#x\n", []byte{1, 171}, []byte{1, 171}, []byte{1, 171})
	fmt.Println([]byte{}, []rune("ab"), [0]int{})
	fmt.Printf("%s\n", [][]byte{[]byte("x"), []byte("yz")})
}

// Output:
// [a b c] [1 2 3]
// [a] ["a" "b"] [6869] [1 2]
// [[1] [2 3] []]
// [1 a <nil> []]
// [    1     2]|[3  ]|
// 01ab 01 AB 0x01ab
// [] [97 98] []
// [x yz]
