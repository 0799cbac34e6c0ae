package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 99
	fmt.Println(grid)
	grid = append(grid, []int{7})
	fmt.Println(len(grid), grid[3])
}

// Output:
// [[0] [1 2] [2 3 4]]
// [[0] [1 2] [99 3 4]]
// 4 [7]
