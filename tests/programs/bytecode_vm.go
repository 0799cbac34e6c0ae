package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	POP
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	LOAD
	STORE
	PRINT
	CALL
	RET
	HALT
	LT
)

var opNames = map[string]Op{
	"push": PUSH, "pop": POP, "add": ADD, "sub": SUB, "mul": MUL, "div": DIV, "dup": DUP,
	"swap": SWAP, "jmp": JMP, "jz": JZ, "load": LOAD, "store": STORE, "print": PRINT,
	"call": CALL, "ret": RET, "halt": HALT, "lt": LT,
}

type Instr struct {
	Op  Op
	Arg int
}

var ErrStackUnderflow = errors.New("stack underflow")

type VM struct {
	code   []Instr
	stack  []int
	frames []int
	vars   [16]int
	pc     int
	steps  int
	out    []string
}

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, raw := range strings.Split(src, "\n") {
		if i := strings.IndexByte(raw, ';'); i >= 0 {
			raw = raw[:i]
		}
		f := strings.Fields(raw)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	code := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("instr %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else if addr, ok := labels[f[1]]; ok {
				in.Arg = addr
			} else {
				return nil, fmt.Errorf("instr %d: bad operand %q", n, f[1])
			}
		}
		code = append(code, in)
	}
	return code, nil
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("pc=%d: %w", vm.pc, e)
				return
			}
			panic(r)
		}
	}()
	for vm.pc < len(vm.code) {
		if vm.steps++; vm.steps > limit {
			return fmt.Errorf("step limit %d exceeded", limit)
		}
		in := vm.code[vm.pc]
		vm.pc++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case POP:
			vm.pop()
		case ADD, SUB, MUL, DIV, LT:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case DIV:
				vm.push(a / b)
			case LT:
				if a < b {
					vm.push(1)
				} else {
					vm.push(0)
				}
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JMP:
			vm.pc = in.Arg
		case JZ:
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case LOAD:
			vm.push(vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		case CALL:
			vm.frames = append(vm.frames, vm.pc)
			vm.pc = in.Arg
		case RET:
			vm.pc = vm.frames[len(vm.frames)-1]
			vm.frames = vm.frames[:len(vm.frames)-1]
		case HALT:
			return nil
		}
	}
	return nil
}

const factorialProg = `
        push 1
        store 0        ; i = 1
        push 1
        store 1        ; acc = 1
loop:   load 0
        push 11
        lt
        jz done
        load 1
        load 0
        mul
        store 1
        load 1
        call show
        load 0
        push 1
        add
        store 0
        jmp loop
done:   halt
show:   print
        ret
`

func main() {
	programs := []struct{ name, src string }{
		{"factorial", factorialProg},
		{"arith", "push 7\npush 3\nsub\npush 6\nmul\nprint\npush 100\npush 7\ndiv\nprint"},
		{"underflow", "push 1\nadd\nprint"},
		{"divzero", "push 1\npush 0\ndiv"},
		{"forever", "top: jmp top"},
		{"badop", "push 1\nfrobnicate"},
		{"badlabel", "jmp nowhere"},
	}
	for _, p := range programs {
		code, err := assemble(p.src)
		if err != nil {
			fmt.Printf("%-9s assemble error: %v\n", p.name, err)
			continue
		}
		vm := &VM{code: code}
		err = vm.Run(1000)
		fmt.Printf("%-9s %d instrs, %d steps, out=[%s] err=%v underflow=%t\n", p.name, len(code), vm.steps,
			strings.Join(vm.out, " "), err, errors.Is(err, ErrStackUnderflow))
	}
}

// Output:
// factorial 22 instrs, 179 steps, out=[1 2 6 24 120 720 5040 40320 362880 3628800] err=<nil> underflow=false
// arith     10 instrs, 10 steps, out=[24 14] err=<nil> underflow=false
// underflow 3 instrs, 2 steps, out=[] err=pc=2: stack underflow underflow=true
// divzero   3 instrs, 3 steps, out=[] err=pc=3: runtime error: integer divide by zero underflow=false
// forever   1 instrs, 1001 steps, out=[] err=step limit 1000 exceeded underflow=false
// badop     assemble error: instr 1: unknown op "frobnicate"
// badlabel  assemble error: instr 0: bad operand "nowhere"
