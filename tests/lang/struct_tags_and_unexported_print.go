package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	age   int
	Email *string
}

func main() {
	e := "e@x"
	u := User{"ann", 30, &e}
	fmt.Println(u.Name, u.age, *u.Email)
	fmt.Printf("%+v\n", User{Name: "bo"})
	fmt.Printf("%v\n", struct {
		a, b int
		c    string
	}{1, 2, "z"})
}

// Output:
// ann 30 e@x
// {Name:bo age:0 Email:<nil>}
// {1 2 z}
