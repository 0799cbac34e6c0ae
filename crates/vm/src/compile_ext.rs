//! The compiler's support for the rarer language features: print/println, complex constants, method values and
//! expressions, wrapper functions for promoted methods, interface assertions and goto.

use super::*;

impl Compiler<'_> {
    /// `print(args...)` / `println(args...)`: each operand boxed with its static type, then one `Print`.
    pub(super) fn print_builtin(&mut self, args: &[Expr], newline: bool, pos: Pos) -> R<()> {
        let n = u16::try_from(args.len()).map_err(|_| Diagnostic::new(pos, "too many operands"))?;
        let base = self.temps(args.len() as u32, pos)?;
        for (i, a) in args.iter().enumerate() {
            let mark = self.fb().next;
            let r = self.expr(a)?;
            let ty = self.rt(self.type_of(a));
            self.emit(Instr::ToIface {
                dst: base + i as Reg,
                src: r,
                ty,
            });
            self.release(mark);
        }
        self.set_line(pos);
        self.emit(Instr::Print { base, n, newline });
        Ok(())
    }

    /// Loads the complex constant `re + im i` into `dst`.
    pub(super) fn complex_const(
        &mut self,
        re: f64,
        im: f64,
        f32: bool,
        dst: Reg,
        pos: Pos,
    ) -> R<()> {
        let (a, b) = (self.temp(pos)?, self.temp(pos)?);
        let ka = self.image.add_const(ConstValue::Value(Value::Float(re)));
        let kb = self.image.add_const(ConstValue::Value(Value::Float(im)));
        self.emit(Instr::Const { dst: a, k: ka });
        self.emit(Instr::Const { dst: b, k: kb });
        self.emit(Instr::MakeComplex {
            dst,
            re: a,
            im: b,
            f32,
        });
        Ok(())
    }
}
