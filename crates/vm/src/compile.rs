//! The compiler: checked Go (syntax trees plus the checker's [`Program`]) to slot code.
//!
//! Every identifier is resolved to a register, a boxed variable, a closure capture, a global or a function at
//! compile time. Scalar variables live in registers unless the checker marks them captured or address-taken,
//! in which case the register holds a pointer to a one-cell box. Struct and array variables hold their own
//! object, so `&x` and captures share it without boxing. Operations are specialised by static type. Each basic
//! block starts with a `Gas` placeholder whose cost is summed when the function is finished.
//! Features not supported yet are reported as compile errors that name them.

use rustc_hash::FxHashMap;

use amber_check::{
    BasicKind, Builtin, ConstValue as CV, Mode, ObjId, ObjKind, PackageId, Program, SelectionKind,
    TypeId, TypeKind, VarKind,
};
use amber_syntax::ast::{self, AssignOp, BinOp, BranchKind, Expr, ExprKind, Stmt, StmtKind, UnOp};
use amber_syntax::{Diagnostic, Pos, SourceMap};

use crate::code::{
    Cmp, ComplexOp, ConstValue, Func, Image, Instr, NativeEntry, PackageInfo, PackageKind, Reg,
    NO_REG,
};
use crate::native::Natives;
use crate::types::{ElemKind, FuncRef, RtField, RtKind, RtType};
use crate::value::{IntKind, Value};

/// The files of one checked package, in the order they were checked.
pub struct PackageFiles<'a> {
    pub id: PackageId,
    pub files: &'a [ast::File],
}

#[path = "compile_ext.rs"]
mod ext;
#[path = "compile_range.rs"]
pub(crate) mod range_func;

type R<T> = Result<T, Diagnostic>;

fn err<T>(pos: Pos, msg: impl Into<String>) -> R<T> {
    Err(Diagnostic::new(pos, msg))
}

/// Compiles checked packages (dependencies first, `main` last) into an image.
pub fn compile(
    prog: &Program,
    sm: &SourceMap,
    packages: &[PackageFiles],
    natives: &Natives,
) -> Result<Image, Vec<Diagnostic>> {
    let mut state = CompileState::new();
    compile_more(&mut state, prog, sm, packages, natives)?;
    Ok(state.image)
}

/// An image under construction with what the compiler remembers between packages (runtime types, function
/// and global slots, generated wrappers), so that a program can be compiled a few packages at a time: a host
/// compiles the packages every run shares once, keeps a clone of this state, and compiles each run's own
/// package on top. Compiling packages in the same steps always gives the same image.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct CompileState {
    image: Image,
    rt_types: FxHashMap<TypeId, u32>,
    funcs: FxHashMap<ObjId, FuncRef>,
    globals: FxHashMap<ObjId, u32>,
    method_names: FxHashMap<String, u32>,
    files: FxHashMap<String, u32>,
    /// Generated method wrappers (method values, method expressions, promoted methods), by what they do.
    wrappers: FxHashMap<ext::WrapperKey, u32>,
    range: range_func::RangeFuncs,
}

impl Default for CompileState {
    fn default() -> Self {
        CompileState::new()
    }
}

impl CompileState {
    /// Nothing compiled yet.
    pub fn new() -> CompileState {
        CompileState {
            image: Image::new(),
            rt_types: FxHashMap::default(),
            funcs: FxHashMap::default(),
            globals: FxHashMap::default(),
            method_names: FxHashMap::default(),
            files: FxHashMap::default(),
            wrappers: FxHashMap::default(),
            range: range_func::RangeFuncs::default(),
        }
    }

    /// The image compiled so far (optimised, with `main` set if the last package compiled has one).
    pub fn image(&self) -> &Image {
        &self.image
    }

    /// The image compiled so far, consuming the state.
    /// Validates the image compiled so far and remembers it, so that machines running this image or one
    /// compiled on from it (a clone) check only the functions added since: done to a program before it is
    /// cached. An image that does not validate is left as it was (machines then report it).
    pub fn remember_validation(&mut self) {
        let _ = crate::validate::remember(&mut self.image);
    }

    pub fn into_image(self) -> Image {
        self.image
    }

    /// Gives the natives of a stored state their functions (see [`Image::resolve_natives`]) and checks that
    /// what the compiler remembers refers into the image: a state read back from bytes must not lead the
    /// compiler of the next packages out of its tables. The image itself is validated (and that remembered,
    /// as [`CompileState::remember_validation`] does).
    pub fn resolve_stored(&mut self, natives: &Natives) -> Result<(), String> {
        self.image.resolve_natives(natives)?;
        // Validated once here, and remembered: machines running it (or an image compiled on from it) do not
        // check these functions again.
        crate::validate::remember(&mut self.image)?;
        let image = &self.image;
        let (nfuncs, nnatives) = (image.funcs.len(), image.natives.len());
        let func_ok = |f: &FuncRef| match *f {
            FuncRef::Guest(i) => (i as usize) < nfuncs,
            FuncRef::Native(i) => (i as usize) < nnatives,
        };
        let in_range = |i: u32, n: usize| (i as usize) < n;
        if !self.funcs.values().all(func_ok) {
            return Err("function out of range".into());
        }
        if !self.wrappers.values().all(|&i| in_range(i, nfuncs)) {
            return Err("wrapper out of range".into());
        }
        if !self.globals.values().all(|&i| i < image.nglobals) {
            return Err("global out of range".into());
        }
        if !self
            .rt_types
            .values()
            .all(|&i| in_range(i, image.types.types.len()))
        {
            return Err("runtime type out of range".into());
        }
        if !self
            .method_names
            .values()
            .all(|&i| in_range(i, image.method_names.len()))
        {
            return Err("method name out of range".into());
        }
        if !self.files.values().all(|&i| in_range(i, image.files.len())) {
            return Err("file out of range".into());
        }
        if !self.range.natives_in(nnatives) {
            return Err("range native out of range".into());
        }
        Ok(())
    }
}

/// Compiles more checked packages (dependencies first; their imports compiled before, in this call or an
/// earlier one, with the same `prog` grown since) into `state`'s image. Only the new functions are optimised.
/// `main` of the image is the last package's `main` function, if it has one. On error the state is left
/// partly extended: drop it.
pub fn compile_more(
    state: &mut CompileState,
    prog: &Program,
    sm: &SourceMap,
    packages: &[PackageFiles],
    natives: &Natives,
) -> Result<(), Vec<Diagnostic>> {
    with_compiler(state, (prog, sm, natives), 0, |c| c.run(packages))
}

/// Runs `compile` with a compiler over `state` (taken and given back) compiling for package `cur_pkg`, then
/// optimises the functions it added.
fn with_compiler(
    state: &mut CompileState,
    (prog, sm, natives): (&Program, &SourceMap, &Natives),
    cur_pkg: u32,
    compile: impl FnOnce(&mut Compiler) -> R<()>,
) -> Result<(), Vec<Diagnostic>> {
    let first_func = state.image.funcs.len();
    let mut c = Compiler {
        prog,
        sm,
        natives,
        st: std::mem::take(state),
        fbs: Vec::new(),
        cur_pkg,
    };
    let result = compile(&mut c);
    *state = c.st;
    result.map_err(|d| vec![d])?;
    crate::compile_opt::optimize_from(&mut state.image, first_func);
    Ok(())
}

/// Compiles more functions of a package already compiled into `state` (checked by
/// `Program::check_extension`; functions only): they join that package's code, and nothing compiled before
/// changes. `main` is unset.
pub fn compile_extension(
    state: &mut CompileState,
    prog: &Program,
    sm: &SourceMap,
    package: PackageFiles,
    natives: &Natives,
) -> Result<(), Vec<Diagnostic>> {
    let path = prog.package(package.id).map(|p| p.path.as_str());
    let Some(pi) = state
        .image
        .packages
        .iter()
        .position(|p| Some(p.path.as_str()) == path)
    else {
        return Err(vec![Diagnostic::new(0, "no compiled package to extend")]);
    };
    with_compiler(state, (prog, sm, natives), pi as u32, |c| {
        c.run_extension(pi as u32, package.files)
    })
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
enum Var {
    /// In a register.
    Reg(Reg),
    /// The register holds a pointer to the variable's box.
    Boxed(Reg),
    /// Capture `idx` of the running closure (a box pointer if `boxed`, else the shared object itself).
    Captured(u16, bool),
    Global(u32),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(u32);

struct LoopCtx {
    label: Option<String>,
    brk: Label,
    cont: Option<Label>,
}

/// Per-function compilation state.
struct Fb {
    name: String,
    /// Index into `Image::packages` of the package this function's code belongs to.
    pkg: u32,
    code: Vec<Instr>,
    lines: Vec<u32>,
    file: u32,
    line: u32,
    next: u32,
    nslots: u32,
    vars: FxHashMap<ObjId, Var>,
    /// Captured objects of the enclosing function, in capture order, with how the parent holds them.
    captures: Vec<(ObjId, bool)>,
    labels: Vec<Option<u32>>,
    patches: Vec<(usize, Label)>,
    loops: Vec<LoopCtx>,
    /// Result variables (named or synthesized), and the result types.
    results: Vec<(ObjId, TypeId)>,
    result_types: Vec<TypeId>,
    has_defer: bool,
    /// The return epilogue (runs defers, moves results into place).
    epilogue: Label,
    closure_count: u32,
    /// Gas placeholders (instruction indices).
    gas_marks: Vec<usize>,
    /// Registers reserved for constants used inside loops (loaded once by the prologue).
    const_base: u32,
    const_regs: Vec<(Value, Reg)>,
    /// `return` moves values straight into slots 0.. and returns (no defers, no named results).
    direct_return: bool,
    /// Targets of `goto` (and labeled statements), by label name.
    goto_labels: FxHashMap<String, Label>,
    /// Set when this function is the body of a range-over-func loop.
    range_body: Option<range_func::RangeBody>,
    /// Range-over-func loop bodies compiled so far (they are named `F-rangeN`).
    range_count: u32,
}

/// How many registers a function with loops reserves for hoisted constants.
const CONST_REGS: u32 = 8;

struct Compiler<'a> {
    prog: &'a Program,
    sm: &'a SourceMap,
    natives: &'a Natives,
    /// The image and what is remembered between packages.
    st: CompileState,
    fbs: Vec<Fb>,
    /// Index into `Image::packages` of the package whose code is being compiled.
    cur_pkg: u32,
}

/// How values of a type are represented (which instructions apply).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Repr {
    Bool,
    Int(IntKind),
    Float { f32: bool },
    Complex { f32: bool },
    Str,
    Slice,
    Agg,
    Iface,
    Map,
    Ptr,
    Func,
    Other,
}

impl<'a> Compiler<'a> {
    fn types(&self) -> &'a amber_check::Types {
        &self.prog.types
    }

    fn repr(&self, t: TypeId) -> Repr {
        let tys = self.types();
        match tys.under(t) {
            TypeKind::Basic(b) => match b {
                BasicKind::Bool | BasicKind::UntypedBool => Repr::Bool,
                BasicKind::Int | BasicKind::Int64 | BasicKind::UntypedInt => {
                    Repr::Int(IntKind::I64)
                }
                BasicKind::Int8 => Repr::Int(IntKind::I8),
                BasicKind::Int16 => Repr::Int(IntKind::I16),
                BasicKind::Int32 | BasicKind::UntypedRune => Repr::Int(IntKind::I32),
                BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => Repr::Int(IntKind::U64),
                BasicKind::Uint8 => Repr::Int(IntKind::U8),
                BasicKind::Uint16 => Repr::Int(IntKind::U16),
                BasicKind::Uint32 => Repr::Int(IntKind::U32),
                BasicKind::Float32 => Repr::Float { f32: true },
                BasicKind::Float64 | BasicKind::UntypedFloat => Repr::Float { f32: false },
                BasicKind::String | BasicKind::UntypedString => Repr::Str,
                BasicKind::Complex64 => Repr::Complex { f32: true },
                BasicKind::Complex128 | BasicKind::UntypedComplex => Repr::Complex { f32: false },
                _ => Repr::Other,
            },
            TypeKind::Slice(_) => Repr::Slice,
            TypeKind::Struct { .. } | TypeKind::Array { .. } => Repr::Agg,
            TypeKind::Interface(_) => Repr::Iface,
            TypeKind::Map { .. } => Repr::Map,
            TypeKind::Pointer(_) => Repr::Ptr,
            TypeKind::Signature(_) => Repr::Func,
            _ => Repr::Other,
        }
    }

    fn elem_kind(&self, t: TypeId) -> ElemKind {
        match self.repr(t) {
            Repr::Bool => ElemKind::Bool,
            Repr::Int(IntKind::U8) => ElemKind::U8,
            Repr::Int(_) => ElemKind::Int,
            Repr::Float { .. } => ElemKind::Float,
            Repr::Agg => ElemKind::Agg,
            _ => ElemKind::Value,
        }
    }

    /// The runtime type descriptor for a checker type (created on first use).
    fn rt(&mut self, t: TypeId) -> u32 {
        if let Some(&id) = self.st.rt_types.get(&t) {
            return id;
        }
        let name = ext::runtime_type_name(&self.prog.type_string(t, None));
        // Reserve the id first: recursive types refer to themselves.
        let id = self
            .st
            .image
            .types
            .add(RtType::new(name, RtKind::Interface));
        self.st.rt_types.insert(t, id);
        if let Some(rt) = self.st.image.types.types.get_mut(id as usize) {
            rt.key = crate::compile_typekey::type_key(self.prog, self.sm, t);
        }
        let kind = match self.types().under(t).clone() {
            TypeKind::Basic(_) => match self.repr(t) {
                Repr::Bool => RtKind::Bool,
                Repr::Int(k) => RtKind::Int(k),
                Repr::Float { f32: true } => RtKind::Float32,
                Repr::Float { f32: false } => RtKind::Float64,
                Repr::Complex { f32: true } => RtKind::Complex64,
                Repr::Complex { f32: false } => RtKind::Complex128,
                Repr::Str => RtKind::String,
                _ => RtKind::Interface,
            },
            TypeKind::Slice(e) => RtKind::Slice { elem: self.rt(e) },
            TypeKind::Array { len, elem } => RtKind::Array {
                len,
                elem: self.rt(elem),
            },
            TypeKind::Struct { fields } => RtKind::Struct {
                fields: fields
                    .iter()
                    .map(|f| RtField {
                        name: f.name.clone(),
                        ty: self.rt(f.ty),
                        embedded: f.embedded,
                    })
                    .collect(),
            },
            TypeKind::Pointer(e) => RtKind::Pointer { elem: self.rt(e) },
            TypeKind::Map { key, value } => RtKind::Map {
                key: self.rt(key),
                value: self.rt(value),
            },
            TypeKind::Chan { elem, .. } => RtKind::Chan {
                elem: self.rt(elem),
            },
            TypeKind::Signature(_) => RtKind::Func,
            _ => RtKind::Interface,
        };
        let comparable = self.types().comparable(t);
        // Methods: declared ones directly; promoted ones (and value methods of non-struct pointers) through
        // wrappers.
        let mut methods = Vec::new();
        if !self.types().is_interface(t) {
            for m in self.prog.method_set(t) {
                let pos = self.prog.objects.get(m.func).pos;
                if let Ok(Some(f)) = self.iface_method_entry(t, &m, pos) {
                    let sig = self.prog.objects.type_of(m.func);
                    methods.push((m.name.clone(), f, self.prog.type_string(sig, None)));
                }
            }
        }
        methods.sort_by(|a, b| a.0.cmp(&b.0));
        let method_sigs = methods.iter().map(|m| m.2.clone()).collect();
        let methods = methods.into_iter().map(|m| (m.0, m.1)).collect();
        let iface_methods: Vec<(String, String)> = match self.types().interface(t) {
            Some(i) => i
                .methods
                .iter()
                .map(|m| (m.name.clone(), self.prog.type_string(m.sig, None)))
                .collect(),
            None => Vec::new(),
        };
        if let Some(rt) = self.st.image.types.types.get_mut(id as usize) {
            rt.kind = kind;
            rt.comparable = comparable;
            rt.methods = methods;
            rt.method_sigs = method_sigs;
            rt.iface_sigs = iface_methods.iter().map(|m| m.1.clone()).collect();
            rt.iface_methods = iface_methods.into_iter().map(|m| m.0).collect();
        }
        id
    }

    fn file_index(&mut self, pos: Pos) -> u32 {
        let name = self.sm.location(pos).file;
        if let Some(&i) = self.st.files.get(&name) {
            return i;
        }
        self.st.image.files.push(name.clone());
        let i = (self.st.image.files.len() - 1) as u32;
        self.st.files.insert(name, i);
        i
    }

    /// Go's name of a function or method, as stack traces print it.
    fn func_name(&self, obj: ObjId) -> String {
        let o = self.prog.objects.get(obj);
        let pkg = o
            .pkg
            .and_then(|p| self.prog.package(p))
            .map_or("?".to_string(), |p| p.path.clone());
        let recv = self.prog.objects.func(obj).and_then(|f| f.recv);
        match recv {
            Some(r) => {
                let (ptr, base) = match self.types().kind(r) {
                    TypeKind::Pointer(e) => (true, *e),
                    _ => (false, r),
                };
                let tname = match self.types().kind(base) {
                    TypeKind::Named(n) => self.prog.objects.get(n.obj).name.clone(),
                    _ => "?".into(),
                };
                if ptr {
                    format!("{pkg}.(*{tname}).{}", o.name)
                } else {
                    format!("{pkg}.{tname}.{}", o.name)
                }
            }
            None => format!("{pkg}.{}", o.name),
        }
    }

    fn run(&mut self, packages: &[PackageFiles]) -> R<()> {
        // Packages compiled by earlier calls come first in the image.
        let first_pkg = self.st.image.packages.len();
        // 1. Functions: reserve guest slots, bind natives.
        let mut bodies: Vec<(u32, u32, ObjId, &ast::FuncDecl)> = Vec::new();
        for (pi, p) in packages.iter().enumerate() {
            let pi = first_pkg + pi;
            let path = self
                .prog
                .package(p.id)
                .map_or(String::new(), |k| k.path.clone());
            let name = self
                .prog
                .package(p.id)
                .map_or(String::new(), |k| k.name.clone());
            self.st.image.packages.push(PackageInfo {
                kind: PackageKind::of_path(&path),
                path,
                name,
                ..PackageInfo::default()
            });
            for file in p.files {
                for d in &file.decls {
                    let ast::Decl::Func(fd) = d else { continue };
                    let Some(obj) = self.prog.info.object_of(fd.name.id) else {
                        continue;
                    };
                    let name = self.func_name(obj);
                    let substitute = fd.body.is_some()
                        && has_native_directive(self.sm, fd.span.lo)
                        && self.natives.get(&name).is_some();
                    if fd.body.is_some() && !substitute {
                        let idx = self.st.image.add_func(Func {
                            name: name.into(),
                            ..Func::default()
                        });
                        self.st.funcs.insert(obj, FuncRef::Guest(idx));
                        bodies.push((idx, pi as u32, obj, fd));
                    } else {
                        let Some(def) = self.natives.get(&name) else {
                            return err(
                                fd.name.span.lo,
                                format!(
                                    "missing function body: no native implementation of {name}"
                                ),
                            );
                        };
                        self.st.image.natives.push(NativeEntry {
                            name,
                            f: def.f,
                            nslots: def.nargs.max(def.nresults).max(1),
                        });
                        let idx = (self.st.image.natives.len() - 1) as u32;
                        self.st.funcs.insert(obj, FuncRef::Native(idx));
                    }
                }
            }
        }
        // 2. Globals.
        for (pi, p) in packages.iter().enumerate() {
            let pi = first_pkg + pi;
            let Some(pkg) = self.prog.package(p.id) else {
                continue;
            };
            let start = self.st.image.nglobals;
            let mut names = Vec::new();
            let mut types = Vec::new();
            for &v in &pkg.vars {
                let g = self.st.image.nglobals;
                self.st.image.nglobals += 1;
                self.st.globals.insert(v, g);
                let ty = self.prog.objects.type_of(v);
                let zero = self.zero_const(ty);
                self.st.image.global_zero.push(ConstValue::Value(zero));
                names.push(self.prog.objects.get(v).name.clone());
                types.push(self.rt(ty));
            }
            if let Some(info) = self.st.image.packages.get_mut(pi) {
                info.globals = start..self.st.image.nglobals;
                info.global_names = names;
                info.global_types = types;
            }
        }
        // 3. Package initialisers.
        for (pi, p) in packages.iter().enumerate() {
            let pi = first_pkg + pi;
            let Some(pkg) = self.prog.package(p.id) else {
                continue;
            };
            self.cur_pkg = pi as u32;
            let mut inits = vec![self.compile_package_init(p, pkg)?];
            for &i in &pkg.inits {
                if let Some(FuncRef::Guest(g)) = self.st.funcs.get(&i) {
                    inits.push(*g);
                }
            }
            self.st.image.init.extend(&inits);
            if let Some(info) = self.st.image.packages.get_mut(pi) {
                info.init = inits;
            }
        }
        // 4. Bodies.
        for (idx, pi, obj, fd) in bodies {
            self.cur_pkg = pi;
            let f = self.compile_func_decl(obj, fd)?;
            if let Some(slot) = self.st.image.funcs.get_mut(idx as usize) {
                *slot = f;
            }
        }
        // 5. main.
        self.st.image.main = None;
        if let Some(last) = packages.last() {
            if let Some(m) = self.prog.lookup_member(last.id, "main") {
                if let Some(FuncRef::Guest(g)) = self.st.funcs.get(&m) {
                    self.st.image.main = Some(*g);
                }
            }
        }
        Ok(())
    }

    /// The functions declared in `files`, as code of package `pi` (see `compile_extension`).
    fn run_extension(&mut self, pi: u32, files: &[ast::File]) -> R<()> {
        let mut bodies = Vec::new();
        for file in files {
            for d in &file.decls {
                let ast::Decl::Func(fd) = d else { continue };
                let Some(obj) = self.prog.info.object_of(fd.name.id) else {
                    continue;
                };
                if fd.body.is_none() || fd.recv.is_some() {
                    return err(
                        fd.name.span.lo,
                        "only functions with bodies can extend a package",
                    );
                }
                let idx = self.st.image.add_func(Func {
                    name: self.func_name(obj).into(),
                    ..Func::default()
                });
                self.st.funcs.insert(obj, FuncRef::Guest(idx));
                bodies.push((idx, obj, fd));
            }
        }
        for (idx, obj, fd) in bodies {
            self.cur_pkg = pi;
            let f = self.compile_func_decl(obj, fd)?;
            if let Some(slot) = self.st.image.funcs.get_mut(idx as usize) {
                *slot = f;
            }
        }
        self.st.image.main = None;
        Ok(())
    }

    fn zero_const(&self, ty: TypeId) -> Value {
        match self.repr(ty) {
            Repr::Bool => Value::Bool(false),
            Repr::Int(_) => Value::Int(0),
            Repr::Float { .. } => Value::Float(0.0),
            Repr::Str => Value::EMPTY_STR,
            Repr::Slice => Value::NIL_SLICE,
            _ => Value::Nil,
        }
    }

    // ---- function builder plumbing ----

    fn fb(&mut self) -> &mut Fb {
        // Compilation always happens inside a function builder.
        let n = self.fbs.len();
        &mut self.fbs[n - 1]
    }

    fn new_fb(&mut self, name: String, pos: Pos) -> Fb {
        let file = self.file_index(pos);
        let line = self.sm.location(pos).line;
        Fb {
            name,
            code: Vec::new(),
            lines: Vec::new(),
            file,
            line,
            next: 0,
            nslots: 0,
            vars: FxHashMap::default(),
            captures: Vec::new(),
            labels: Vec::new(),
            patches: Vec::new(),
            loops: Vec::new(),
            results: Vec::new(),
            result_types: Vec::new(),
            has_defer: false,
            epilogue: Label(0),
            closure_count: 0,
            gas_marks: Vec::new(),
            const_base: 0,
            const_regs: Vec::new(),
            pkg: self.cur_pkg,
            direct_return: false,
            goto_labels: FxHashMap::default(),
            range_body: None,
            range_count: 0,
        }
    }

    fn emit(&mut self, i: Instr) -> usize {
        let fb = self.fb();
        fb.code.push(i);
        fb.lines.push(fb.line);
        fb.code.len() - 1
    }

    fn set_line(&mut self, pos: Pos) {
        let line = self.sm.location(pos).line;
        self.fb().line = line;
    }

    fn temp(&mut self, pos: Pos) -> R<Reg> {
        let fb = self.fb();
        let r = fb.next;
        fb.next += 1;
        fb.nslots = fb.nslots.max(fb.next);
        if r >= NO_REG as u32 - 1 {
            return err(pos, "function too large: more than 65000 slots");
        }
        Ok(r as Reg)
    }

    /// Reserves `n` consecutive registers.
    fn temps(&mut self, n: u32, pos: Pos) -> R<Reg> {
        let fb = self.fb();
        let r = fb.next;
        fb.next += n;
        fb.nslots = fb.nslots.max(fb.next + 1);
        if fb.next >= NO_REG as u32 - 1 {
            return err(pos, "function too large: more than 65000 slots");
        }
        Ok(r as Reg)
    }

    fn new_label(&mut self) -> Label {
        let fb = self.fb();
        fb.labels.push(None);
        Label(fb.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let fb = self.fb();
        let at = fb.code.len() as u32;
        if let Some(slot) = fb.labels.get_mut(l.0 as usize) {
            *slot = Some(at);
        }
        let i = self.emit(Instr::Gas(0));
        self.fb().gas_marks.push(i);
    }

    fn jump(&mut self, l: Label) {
        let i = self.emit(Instr::Jump { target: 0 });
        self.fb().patches.push((i, l));
    }

    fn jump_with(&mut self, ins: Instr, l: Label) {
        let i = self.emit(ins);
        self.fb().patches.push((i, l));
    }

    /// Patches jumps, computes block gas, and produces the function.
    fn finish(&mut self, fb: Fb, nparams: u16, nresults: u16, recover_pc: u32) -> R<Func> {
        // Hoisted constants are loaded by a prologue placed before everything else.
        let mut prologue = Vec::new();
        for (v, r) in &fb.const_regs {
            match v {
                Value::Int(i) if i32::try_from(*i).is_ok() => prologue.push(Instr::LoadInt {
                    dst: *r,
                    v: *i as i32,
                }),
                v => {
                    let k = self.st.image.add_const(ConstValue::Value(*v));
                    prologue.push(Instr::Const { dst: *r, k });
                }
            }
        }
        let shift = if prologue.is_empty() {
            0
        } else {
            prologue.len() + 1
        };
        let mut fb = fb;
        if shift > 0 {
            let line = fb.lines.first().copied().unwrap_or(fb.line);
            let mut code = vec![Instr::Gas(0)];
            code.extend(prologue);
            code.append(&mut fb.code);
            fb.code = code;
            let mut lines = vec![line; shift];
            lines.append(&mut fb.lines);
            fb.lines = lines;
            for l in fb.labels.iter_mut().flatten() {
                *l += shift as u32;
            }
            for p in fb.patches.iter_mut() {
                p.0 += shift;
            }
            for m in fb.gas_marks.iter_mut() {
                *m += shift;
            }
            fb.gas_marks.push(0);
        }
        let recover_pc = recover_pc + shift as u32;
        let mut code = fb.code;
        for (i, l) in fb.patches {
            let Some(Some(t)) = fb.labels.get(l.0 as usize) else {
                return err(0, "internal compiler error: unbound label");
            };
            let t = *t;
            match &mut code[i] {
                Instr::Jump { target }
                | Instr::JumpIf { target, .. }
                | Instr::JumpIfNot { target, .. }
                | Instr::JumpCmpI { target, .. }
                | Instr::JumpNotCmpI { target, .. }
                | Instr::MapNext { done: target, .. }
                | Instr::StrNext { done: target, .. } => *target = t,
                _ => {}
            }
        }
        let mut marks = fb.gas_marks;
        marks.sort_unstable();
        for (k, &m) in marks.iter().enumerate() {
            let end = marks.get(k + 1).copied().unwrap_or(code.len());
            let cost: u64 = code[m..end].iter().map(crate::gas::instr_cost).sum();
            code[m] = Instr::Gas(cost.min(u32::MAX as u64) as u32);
        }
        Ok(Func {
            name: fb.name.into(),
            nparams,
            nresults,
            nslots: (fb.nslots.max(nparams as u32).max(nresults as u32) + 1) as u16,
            code: code.into(),
            lines: fb.lines.into(),
            file: fb.file,
            pkg: fb.pkg,
            recover_pc,
        })
    }

    // ---- functions ----

    fn sig_of(&self, t: TypeId) -> amber_check::types::Signature {
        self.types()
            .sig(t)
            .cloned()
            .unwrap_or(amber_check::types::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            })
    }

    fn compile_func_decl(&mut self, obj: ObjId, fd: &ast::FuncDecl) -> R<Func> {
        let name = self.func_name(obj);
        let sig_t = self.prog.objects.type_of(obj);
        let sig = self.sig_of(sig_t);
        let mut params: Vec<(Option<ObjId>, TypeId)> = Vec::new();
        if let Some(recv) = &fd.recv {
            let rt = self
                .prog
                .objects
                .func(obj)
                .and_then(|f| f.recv)
                .unwrap_or(TypeId::INVALID);
            if recv.names.is_empty() {
                params.push((None, rt));
            }
            for n in &recv.names {
                params.push((self.prog.info.defs.get(&n.id).copied(), rt));
            }
        }
        self.collect_params(&fd.sig.params, &mut params);
        let mut results = Vec::new();
        self.collect_params(&fd.sig.results, &mut results);
        let Some(body) = &fd.body else {
            return err(fd.span.lo, "function without body");
        };
        let fb = self.new_fb(name, fd.span.lo);
        self.fbs.push(fb);
        let r = self.compile_body(&params, &results, &sig.results, body);
        let fb = self.fbs.pop();
        let (np, nr, recover_pc) = r?;
        let Some(fb) = fb else {
            return err(fd.span.lo, "internal compiler error");
        };
        self.finish(fb, np, nr, recover_pc)
    }

    fn collect_params(&self, fields: &[ast::Field], out: &mut Vec<(Option<ObjId>, TypeId)>) {
        for f in fields {
            let ty = self
                .prog
                .info
                .type_of(f.ty.id)
                .map_or(TypeId::INVALID, |t| t.ty);
            // A variadic parameter `...T` has type []T.
            let ty = match &f.ty.kind {
                ExprKind::Ellipsis(Some(_)) => self.variadic_type(ty),
                _ => ty,
            };
            if f.names.is_empty() {
                out.push((None, ty));
            }
            for n in &f.names {
                let o = self.prog.info.defs.get(&n.id).copied();
                let ty = o.map_or(ty, |o| self.prog.objects.type_of(o));
                out.push((o, ty));
            }
        }
    }

    fn variadic_type(&self, t: TypeId) -> TypeId {
        t
    }

    fn var_needs_box(&self, obj: ObjId) -> bool {
        match &self.prog.objects.get(obj).kind {
            ObjKind::Var(v) => (v.captured || v.address_taken) && self.repr(v.ty) != Repr::Agg,
            _ => false,
        }
    }

    /// Compiles a function body: params in slots 0.., results moved to 0.. at return.
    /// Returns (nparams, nresults, recover_pc).
    fn compile_body(
        &mut self,
        params: &[(Option<ObjId>, TypeId)],
        results: &[(Option<ObjId>, TypeId)],
        result_types: &[TypeId],
        body: &ast::Block,
    ) -> R<(u16, u16, u32)> {
        let np = params.len() as u32;
        let nr = result_types.len() as u32;
        let loops = has_loop(&body.stmts);
        {
            let fb = self.fb();
            fb.const_base = np.max(nr);
            fb.next = fb.const_base + if loops { CONST_REGS } else { 0 };
            fb.nslots = fb.next;
            if !loops {
                // No slots reserved: `const_reg` then never hoists.
                fb.const_regs = Vec::new();
                fb.const_base = u32::MAX;
            }
        }
        let entry = self.new_label();
        self.bind(entry);
        self.set_line(body.lbrace);
        let mutated = mutated_vars(self.prog, body);
        for (i, (o, ty)) in params.iter().enumerate() {
            let Some(o) = o else { continue };
            let r = i as Reg;
            if self.repr(*ty) == Repr::Agg {
                // Parameters are passed by reference; copy if the body may modify or share it.
                let shared = match &self.prog.objects.get(*o).kind {
                    ObjKind::Var(v) => v.captured || v.address_taken,
                    _ => false,
                };
                if shared || mutated.contains(o) {
                    let rt = self.rt(*ty);
                    self.emit(Instr::CopyAgg {
                        dst: r,
                        src: r,
                        ty: rt,
                    });
                }
                self.fb().vars.insert(*o, Var::Reg(r));
            } else if self.var_needs_box(*o) {
                let b = self.temp(body.lbrace)?;
                self.emit(Instr::Box { dst: b, src: r });
                self.fb().vars.insert(*o, Var::Boxed(b));
            } else {
                // Move params out of 0..nr (result slots) only if they would be clobbered: they are read
                // before results are written at return, so leave them in place.
                self.fb().vars.insert(*o, Var::Reg(r));
            }
        }
        // Result variables. Without named results or defers, `return` writes slots 0.. and returns at once.
        let direct = !has_defer(&body.stmts) && results.iter().all(|(o, _)| o.is_none());
        self.fb().direct_return = direct;
        let mut res = Vec::new();
        for (i, (o, ty)) in results.iter().enumerate() {
            let obj = match o {
                Some(o) => *o,
                None => ObjId(u32::MAX - i as u32),
            };
            if !direct {
                self.declare_var(obj, *ty, body.lbrace)?;
            }
            res.push((obj, *ty));
        }
        let epilogue = self.new_label();
        {
            let fb = self.fb();
            fb.results = res;
            fb.result_types = result_types.to_vec();
            fb.epilogue = epilogue;
        }
        self.block(&body.stmts)?;
        // Falling off the end: return.
        self.set_line(body.rbrace);
        self.jump(epilogue);
        self.bind(epilogue);
        let recover_pc = self.fb().code.len() as u32;
        if self.fb().has_defer {
            self.emit(Instr::RunDefers);
        }
        let results = self.fb().results.clone();
        let direct = self.fb().direct_return;
        for (i, (o, ty)) in results.iter().enumerate() {
            if direct {
                // Only reachable by falling off the end, which the checker rejects for functions with results.
                break;
            }
            let r = self.load_var(*o, *ty, body.rbrace)?;
            if r != i as Reg {
                self.emit(Instr::Move {
                    dst: i as Reg,
                    src: r,
                });
            }
        }
        self.emit(Instr::Return);
        Ok((np as u16, nr as u16, recover_pc))
    }

    /// Declares a local variable initialised to its zero value; returns its location.
    fn declare_var(&mut self, obj: ObjId, ty: TypeId, pos: Pos) -> R<Var> {
        let r = self.temp(pos)?;
        self.zero_into(ty, r, pos)?;
        let v = if self.var_needs_box(obj) {
            self.emit(Instr::Box { dst: r, src: r });
            Var::Boxed(r)
        } else {
            Var::Reg(r)
        };
        self.fb().vars.insert(obj, v);
        Ok(v)
    }

    /// Declares a local variable holding the value in `src` (already owned if an aggregate).
    fn declare_var_from(&mut self, obj: ObjId, src: Reg, pos: Pos) -> R<()> {
        let r = self.temp(pos)?;
        let v = if self.var_needs_box(obj) {
            self.emit(Instr::Box { dst: r, src });
            Var::Boxed(r)
        } else {
            self.emit(Instr::Move { dst: r, src });
            Var::Reg(r)
        };
        self.fb().vars.insert(obj, v);
        Ok(())
    }

    fn zero_into(&mut self, ty: TypeId, r: Reg, pos: Pos) -> R<()> {
        let _ = pos;
        match self.repr(ty) {
            Repr::Agg => {
                let rt = self.rt(ty);
                self.emit(Instr::NewAgg { dst: r, ty: rt });
            }
            Repr::Bool => {
                self.emit(Instr::LoadBool { dst: r, v: false });
            }
            Repr::Int(_) => {
                self.emit(Instr::LoadInt { dst: r, v: 0 });
            }
            Repr::Float { .. } | Repr::Str | Repr::Slice => {
                let k = self
                    .st
                    .image
                    .add_const(ConstValue::Value(self.zero_const(ty)));
                self.emit(Instr::Const { dst: r, k });
            }
            _ => {
                self.emit(Instr::LoadNil { dst: r });
            }
        }
        Ok(())
    }

    /// Finds where a variable lives, capturing it from enclosing functions if needed.
    fn lookup_var(&mut self, obj: ObjId, pos: Pos) -> R<Var> {
        if let Some(g) = self.st.globals.get(&obj) {
            return Ok(Var::Global(*g));
        }
        let depth = self.fbs.len();
        self.lookup_var_at(depth - 1, obj, pos)
    }

    fn lookup_var_at(&mut self, level: usize, obj: ObjId, pos: Pos) -> R<Var> {
        if let Some(v) = self.fbs[level].vars.get(&obj) {
            return Ok(*v);
        }
        if level == 0 {
            let name = self.prog.objects.get(obj).name.clone();
            return err(
                pos,
                format!("internal compiler error: unresolved variable {name}"),
            );
        }
        let outer = self.lookup_var_at(level - 1, obj, pos)?;
        let boxed = match outer {
            Var::Boxed(_) => true,
            Var::Captured(_, b) => b,
            _ => false,
        };
        let fb = &mut self.fbs[level];
        let idx = fb.captures.len() as u16;
        fb.captures.push((obj, boxed));
        let v = Var::Captured(idx, boxed);
        fb.vars.insert(obj, v);
        Ok(v)
    }

    /// A register holding the variable's current value.
    fn load_var(&mut self, obj: ObjId, ty: TypeId, pos: Pos) -> R<Reg> {
        let v = self.lookup_var(obj, pos)?;
        let kind = self.elem_kind(ty);
        Ok(match v {
            Var::Reg(r) => r,
            Var::Boxed(b) => {
                let t = self.temp(pos)?;
                self.emit(Instr::Load {
                    dst: t,
                    ptr: b,
                    kind,
                });
                t
            }
            Var::Captured(i, boxed) => {
                let t = self.temp(pos)?;
                self.emit(Instr::Capture { dst: t, idx: i });
                if boxed {
                    self.emit(Instr::Load {
                        dst: t,
                        ptr: t,
                        kind,
                    });
                }
                t
            }
            Var::Global(g) => {
                let t = self.temp(pos)?;
                self.emit(Instr::LoadGlobal { dst: t, g });
                t
            }
        })
    }

    // ---- statements ----

    fn block(&mut self, stmts: &[Stmt]) -> R<()> {
        let mark = self.fb().next;
        for s in stmts {
            self.stmt(s)?;
        }
        // Registers of variables declared in the block stay reserved (closures and boxes may refer to them
        // only through heap objects, so reuse would be safe, but keeping them simplifies per-iteration copies).
        let _ = mark;
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        self.set_line(s.span.lo);
        let pos = s.span.lo;
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Expr(e) => {
                let mark = self.fb().next;
                self.expr_discard(e)?;
                self.release(mark);
                Ok(())
            }
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs, pos),
            StmtKind::IncDec { x, inc } => self.inc_dec(x, *inc, pos),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let else_l = self.new_label();
                let end = self.new_label();
                self.cond_jump(cond, false, else_l)?;
                self.block(&then.stmts)?;
                self.jump(end);
                self.bind(else_l);
                if let Some(e) = els {
                    self.stmt(e)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, None),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, None),
            StmtKind::Labeled { label, stmt } => {
                let target = self.goto_label(&label.name);
                self.bind(target);
                self.labeled(label, stmt)
            }
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => self.switch_like(s, None),
            StmtKind::Return(values) => self.return_stmt(values, pos),
            StmtKind::Branch {
                kind: BranchKind::Goto,
                label: Some(l),
            } => self.goto_stmt(&l.name, pos),
            StmtKind::Branch { kind, label } => self.branch(*kind, label.as_ref(), pos),
            StmtKind::Defer(e) => self.defer_stmt(e, pos),
            StmtKind::Go(_) => err(pos, "go statements are not supported yet"),
            StmtKind::Send { .. } => err(pos, "channels are not supported yet"),
            StmtKind::Select { .. } => err(pos, "select is not supported yet"),
        }
    }

    fn labeled(&mut self, label: &ast::Ident, stmt: &Stmt) -> R<()> {
        match &stmt.kind {
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                body,
                Some(label.name.clone()),
            ),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => self.range_stmt(
                key.as_ref(),
                value.as_ref(),
                *define,
                x,
                body,
                Some(label.name.clone()),
            ),
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => {
                self.switch_like(stmt, Some(label.name.clone()))
            }
            _ => self.stmt(stmt),
        }
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>, pos: Pos) -> R<()> {
        self.branch_named(kind, label.map(|l| l.name.as_str()), pos)
    }

    fn branch_named(&mut self, kind: BranchKind, name: Option<&str>, pos: Pos) -> R<()> {
        {
            {
                let kind = &kind;
                let target = {
                    let fb = self.fb();
                    let ctx = fb.loops.iter().rev().find(|c| match name {
                        Some(n) => c.label.as_deref() == Some(n),
                        None => *kind == BranchKind::Break || c.cont.is_some(),
                    });
                    match (kind, ctx) {
                        (BranchKind::Break, Some(c)) => Some(c.brk),
                        (BranchKind::Continue, Some(c)) => c.cont,
                        _ => None,
                    }
                };
                match (kind, target) {
                    (BranchKind::Goto, _) => err(pos, "goto is not supported yet"),
                    (BranchKind::Fallthrough, _) => {
                        err(pos, "internal compiler error: misplaced fallthrough")
                    }
                    (_, Some(t)) => {
                        self.jump(t);
                        Ok(())
                    }
                    // Leaving the body of a range-over-func loop.
                    _ if self.fb().range_body.is_some() => self.range_branch(*kind, name, pos),
                    _ => err(pos, "internal compiler error: branch target not found"),
                }
            }
        }
    }

    fn release(&mut self, mark: u32) {
        let fb = self.fb();
        if fb.next > mark {
            fb.next = mark;
        }
    }

    fn local_decl(&mut self, d: &ast::Decl) -> R<()> {
        match d {
            ast::Decl::Var(specs) => {
                for spec in specs {
                    let pos = spec.span.lo;
                    if spec.values.is_empty() {
                        for n in &spec.names {
                            let Some(o) = self.prog.info.defs.get(&n.id).copied() else {
                                continue;
                            };
                            let ty = self.prog.objects.type_of(o);
                            self.declare_var(o, ty, pos)?;
                        }
                    } else {
                        let lhs: Vec<Expr> = spec
                            .names
                            .iter()
                            .map(|n| Expr {
                                id: n.id,
                                span: n.span,
                                kind: ExprKind::Ident(n.clone()),
                            })
                            .collect();
                        self.assign(&lhs, AssignOp::Define, &spec.values, pos)?;
                    }
                }
                Ok(())
            }
            // Constants are folded by the checker; local types need no code.
            ast::Decl::Const(_) | ast::Decl::Type(_) => Ok(()),
            ast::Decl::Func(f) => err(f.span.lo, "nested function declarations are not Go"),
        }
    }

    fn type_of(&self, e: &Expr) -> TypeId {
        self.prog
            .info
            .type_of(e.id)
            .map_or(TypeId::INVALID, |t| t.ty)
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr], pos: Pos) -> R<()> {
        if let AssignOp::Op(bop) = op {
            if let (Some(l), Some(r)) = (lhs.first(), rhs.first()) {
                return self.op_assign(l, bop, r, pos);
            }
        }
        let define = op == AssignOp::Define;
        if lhs.len() == 1 && rhs.len() == 1 && self.assign_direct(&lhs[0], define, &rhs[0], pos)? {
            return Ok(());
        }
        let mark = self.fb().next;
        // Phase one of a tuple assignment: index and pointer operands on the left, in order, before the right.
        let mut places = Vec::new();
        if !define && lhs.len() > 1 {
            for l in lhs {
                let p = self.place(l)?;
                places.push(self.snapshot_place(p, pos)?);
            }
        }
        // Evaluate the right-hand sides into temporaries first (parallel assignment).
        let mut vals: Vec<Reg> = Vec::new();
        if rhs.len() == 1 && lhs.len() > 1 {
            vals = self.multi_value(&rhs[0], lhs.len(), pos)?;
        } else {
            for (i, r) in rhs.iter().enumerate() {
                let target = lhs
                    .get(i)
                    .map(|l| self.lhs_type(l))
                    .unwrap_or(TypeId::INVALID);
                let reg = self.value_as(r, target)?;
                // Copy aggregates that are not fresh, so the assignment has value semantics.
                let copy_ty = if target == TypeId::INVALID {
                    self.type_of(r)
                } else {
                    target
                };
                let reg = if self.repr(copy_ty) == Repr::Agg && !is_fresh(r) {
                    let t = self.temp(pos)?;
                    let rt = self.rt(self.type_of(r));
                    self.emit(Instr::CopyAgg {
                        dst: t,
                        src: reg,
                        ty: rt,
                    });
                    t
                } else if rhs.len() > 1 && !define {
                    // Snapshot for parallel assignment (`a, b = b, a`).
                    let t = self.temp(pos)?;
                    self.emit(Instr::Move { dst: t, src: reg });
                    t
                } else {
                    reg
                };
                vals.push(reg);
            }
        }
        if !places.is_empty() {
            for ((l, p), v) in lhs.iter().zip(places.iter()).zip(vals.iter()) {
                let ty = self.lhs_type(l);
                self.store_place(p, *v, ty, l.span.lo)?;
            }
            self.release(mark);
            return Ok(());
        }
        let fresh_mark = self.fb().next;
        for (l, v) in lhs.iter().zip(vals.iter()) {
            if let ExprKind::Ident(id) = &l.kind {
                if id.is_blank() {
                    continue;
                }
                if define {
                    if let Some(o) = self.prog.info.defs.get(&id.id).copied() {
                        self.declare_var_from(o, *v, l.span.lo)?;
                        continue;
                    }
                }
            }
            self.store(l, *v)?;
        }
        // Keep declared variables' registers; drop temporaries below them only if nothing was declared.
        if !define {
            self.release(mark);
        }
        let _ = fresh_mark;
        Ok(())
    }

    /// `x := e` into a fresh register, or `x = a op b` straight into `x`'s register. False if not applicable.
    fn assign_direct(&mut self, l: &Expr, define: bool, r: &Expr, pos: Pos) -> R<bool> {
        let ExprKind::Ident(id) = &l.kind else {
            return Ok(false);
        };
        if id.is_blank() {
            return Ok(false);
        }
        let rt = self.type_of(r);
        let lt = self.lhs_type(l);
        if lt != rt || matches!(self.repr(lt), Repr::Agg | Repr::Iface) {
            return Ok(false);
        }
        if define {
            let Some(o) = self.prog.info.defs.get(&id.id).copied() else {
                return Ok(false);
            };
            if self.var_needs_box(o) {
                return Ok(false);
            }
            let reg = self.temp(pos)?;
            self.expr_to(r, Some(reg))?;
            self.fb().vars.insert(o, Var::Reg(reg));
            return Ok(true);
        }
        let arith = matches!(
            &strip_parens(r).kind,
            ExprKind::Binary { op, .. } if !matches!(op, BinOp::LAnd | BinOp::LOr)
        );
        if !arith {
            return Ok(false);
        }
        let Some(o) = self.prog.info.uses.get(&id.id).copied() else {
            return Ok(false);
        };
        let Ok(Var::Reg(reg)) = self.lookup_var(o, pos) else {
            return Ok(false);
        };
        let mark = self.fb().next;
        self.expr_to(r, Some(reg))?;
        self.release(mark);
        Ok(true)
    }

    fn lhs_type(&self, l: &Expr) -> TypeId {
        if let ExprKind::Ident(id) = &l.kind {
            if let Some(o) = self.prog.info.defs.get(&id.id) {
                return self.prog.objects.type_of(*o);
            }
        }
        self.type_of(l)
    }

    /// Evaluates a multi-valued expression (call, comma-ok form) into `n` consecutive registers.
    fn multi_value(&mut self, e: &Expr, n: usize, pos: Pos) -> R<Vec<Reg>> {
        let e = strip_parens(e);
        match &e.kind {
            ExprKind::Call { .. } => {
                let base = self.call(e, n)?;
                let regs: Vec<Reg> = (0..n as Reg).map(|i| base + i).collect();
                // Move results out of the call window so later calls do not clobber them.
                let mut out = Vec::new();
                for r in regs {
                    let t = self.temp(pos)?;
                    self.emit(Instr::Move { dst: t, src: r });
                    out.push(t);
                }
                Ok(out)
            }
            ExprKind::Index { x, indices } => {
                let mt = self.type_of(x);
                let m = self.expr(x)?;
                let Some(k) = indices.first() else {
                    return err(pos, "bad index");
                };
                let key_t = match self.types().under(mt) {
                    TypeKind::Map { key, .. } => *key,
                    _ => return err(pos, "comma-ok index of a non-map"),
                };
                let k = self.value_as(k, key_t)?;
                let dst = self.temps(2, pos)?;
                let ty = self.rt(mt);
                self.emit(Instr::MapGetOk { dst, m, k, ty });
                Ok(vec![dst, dst + 1])
            }
            ExprKind::TypeAssert { x, ty: Some(t) } => {
                let target = self.type_of(t);
                let src = self.expr(x)?;
                let dst = self.temps(2, pos)?;
                if self.types().is_interface(target) {
                    let iface = self.rt(target);
                    self.emit(Instr::AssertIfaceOk { dst, src, iface });
                    return Ok(vec![dst, dst + 1]);
                }
                let ty = self.rt(target);
                self.emit(Instr::AssertTypeOk { dst, src, ty });
                Ok(vec![dst, dst + 1])
            }
            ExprKind::Unary { op: UnOp::Recv, .. } => err(pos, "channels are not supported yet"),
            _ => err(
                pos,
                "internal compiler error: unexpected multi-value expression",
            ),
        }
    }

    fn inc_dec(&mut self, x: &Expr, inc: bool, pos: Pos) -> R<()> {
        let mark = self.fb().next;
        let ty = self.type_of(x);
        let repr = self.repr(ty);
        let step = |s: &mut Self, d: Reg, cur: Reg| -> R<()> {
            match repr {
                Repr::Int(k) => {
                    s.emit(Instr::AddIImm {
                        dst: d,
                        a: cur,
                        imm: if inc { 1 } else { -1 },
                    });
                    if k.bits() < 64 {
                        s.emit(Instr::Wrap { dst: d, kind: k });
                    }
                }
                Repr::Float { f32 } => {
                    let one = s.temp(pos)?;
                    let k = s.st.image.add_const(ConstValue::Value(Value::Float(1.0)));
                    s.emit(Instr::Const { dst: one, k });
                    if inc {
                        s.emit(Instr::AddF {
                            dst: d,
                            a: cur,
                            b: one,
                        });
                    } else {
                        s.emit(Instr::SubF {
                            dst: d,
                            a: cur,
                            b: one,
                        });
                    }
                    if f32 {
                        s.emit(Instr::RoundF32 { dst: d });
                    }
                }
                Repr::Complex { f32 } => {
                    let one = s.temp(pos)?;
                    s.complex_const(1.0, 0.0, f32, one, pos)?;
                    s.emit(Instr::ComplexArith {
                        dst: d,
                        a: cur,
                        b: one,
                        op: if inc { ComplexOp::Add } else { ComplexOp::Sub },
                        f32,
                    });
                }
                _ => return err(pos, "internal compiler error: bad increment"),
            }
            Ok(())
        };
        if let ExprKind::Ident(id) = &strip_parens(x).kind {
            if let Some(o) = self.prog.info.uses.get(&id.id).copied() {
                if let Ok(Var::Reg(r)) = self.lookup_var(o, pos) {
                    step(self, r, r)?;
                    self.release(mark);
                    return Ok(());
                }
            }
        }
        let place = self.place(x)?;
        let cur = self.load_place(&place, ty, pos)?;
        let t = self.temp(pos)?;
        step(self, t, cur)?;
        self.store_place(&place, t, ty, pos)?;
        self.release(mark);
        Ok(())
    }

    fn op_assign(&mut self, l: &Expr, op: BinOp, r: &Expr, pos: Pos) -> R<()> {
        let mark = self.fb().next;
        let ty = self.type_of(l);
        // Fast path: integer variable in a register.
        if let ExprKind::Ident(id) = &l.kind {
            if let Some(o) = self.prog.info.uses.get(&id.id).copied() {
                if let Ok(Var::Reg(dst)) = self.lookup_var(o, pos) {
                    self.binary_into(op, ty, dst, l, r, Some(dst))?;
                    self.release(mark);
                    return Ok(());
                }
            }
        }
        let place = self.place(l)?;
        let cur = self.load_place(&place, ty, pos)?;
        let t = self.temp(pos)?;
        let rr = self.expr(r)?;
        self.binop_regs(op, ty, t, cur, rr, self.type_of(r), pos)?;
        self.store_place(&place, t, ty, pos)?;
        self.release(mark);
        Ok(())
    }

    fn return_stmt(&mut self, values: &[Expr], pos: Pos) -> R<()> {
        if self.fb().range_body.is_some() {
            return self.range_return(values, pos);
        }
        let results = self.fb().results.clone();
        let mark = self.fb().next;
        if self.fb().direct_return {
            if let ([e], [(_, ty)]) = (values, &results[..]) {
                let simple = matches!(
                    &strip_parens(e).kind,
                    ExprKind::Binary { op, .. } if !matches!(op, BinOp::LAnd | BinOp::LOr)
                ) || matches!(
                    &strip_parens(e).kind,
                    ExprKind::Ident(_) | ExprKind::Call { .. }
                );
                let conv =
                    self.types().is_interface(*ty) != self.types().is_interface(self.type_of(e));
                if simple && !conv && self.repr(*ty) != Repr::Agg {
                    // The result slot is written last, after every operand was read.
                    self.expr_to(e, Some(0))?;
                    self.emit(Instr::Return);
                    self.release(mark);
                    return Ok(());
                }
            }
            let regs = self.return_values(values, &results, pos)?;
            for (i, r) in regs.into_iter().enumerate() {
                self.emit(Instr::Move {
                    dst: i as Reg,
                    src: r,
                });
            }
            self.emit(Instr::Return);
            self.release(mark);
            return Ok(());
        }
        if !values.is_empty() {
            let regs: Vec<Reg> = if values.len() == 1 && results.len() > 1 {
                self.multi_value(&values[0], results.len(), pos)?
            } else {
                let mut v = Vec::new();
                for (e, (_, ty)) in values.iter().zip(results.iter()) {
                    let r = self.value_as(e, *ty)?;
                    let r = if self.repr(*ty) == Repr::Agg && !is_fresh(e) {
                        let t = self.temp(pos)?;
                        let rt = self.rt(*ty);
                        self.emit(Instr::CopyAgg {
                            dst: t,
                            src: r,
                            ty: rt,
                        });
                        t
                    } else if values.len() > 1 {
                        let t = self.temp(pos)?;
                        self.emit(Instr::Move { dst: t, src: r });
                        t
                    } else {
                        r
                    };
                    v.push(r);
                }
                v
            };
            for ((o, ty), r) in results.iter().zip(regs) {
                self.store_var(*o, *ty, r, pos)?;
            }
        }
        self.release(mark);
        let ep = self.fb().epilogue;
        self.jump(ep);
        Ok(())
    }

    fn store_var(&mut self, obj: ObjId, ty: TypeId, src: Reg, pos: Pos) -> R<()> {
        let v = self.lookup_var(obj, pos)?;
        let kind = self.elem_kind(ty);
        match v {
            Var::Reg(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            Var::Boxed(b) => {
                self.emit(Instr::Store { ptr: b, src, kind });
            }
            Var::Captured(i, boxed) => {
                let t = self.temp(pos)?;
                self.emit(Instr::Capture { dst: t, idx: i });
                if boxed {
                    self.emit(Instr::Store { ptr: t, src, kind });
                } else {
                    let rt = self.rt(ty);
                    self.emit(Instr::AssignAgg {
                        dst: t,
                        src,
                        ty: rt,
                    });
                }
            }
            Var::Global(g) => {
                self.emit(Instr::StoreGlobal { g, src });
            }
        }
        Ok(())
    }

    fn defer_stmt(&mut self, e: &Expr, pos: Pos) -> R<()> {
        if self.fb().range_body.is_some() {
            return self.range_defer(e, pos);
        }
        self.fb().has_defer = true;
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &strip_parens(e).kind
        else {
            return err(pos, "defer requires a call");
        };
        let mark = self.fb().next;
        if let Some(b) = self.prog.info.builtin(fun.id) {
            self.defer_builtin(b, args, pos)?;
            self.release(mark);
            return Ok(());
        }
        let fun = strip_parens(fun);
        let sig = self.sig_of(self.type_of(fun));
        let spread = ellipsis.is_some();
        let nargs = self.arg_count(&sig, args.len(), spread);
        match self.static_callee(fun) {
            Some((f, recv)) => {
                let has_recv = recv.is_some() as usize;
                let recv_reg = match (recv, &fun.kind) {
                    (Some(_), ExprKind::Selector { x, .. }) => {
                        let Some(s) = self.prog.info.selection(fun.id).cloned() else {
                            return err(pos, "internal compiler error: unresolved method");
                        };
                        Some(self.method_receiver(x, &s, true, pos)?)
                    }
                    _ => None,
                };
                let base = self.temps((nargs + has_recv).max(1) as u32, pos)?;
                if let Some(r) = recv_reg {
                    self.emit(Instr::Move { dst: base, src: r });
                }
                self.args(&sig, args, spread, base + has_recv as Reg, pos)?;
                self.snapshot_agg_args(&sig, base + has_recv as Reg, nargs, pos)?;
                self.set_line(pos);
                self.emit(Instr::Defer {
                    func: f,
                    base,
                    nargs: (nargs + has_recv) as u16,
                });
            }
            None => {
                // Method values, interface methods, func values: the callee is evaluated now too.
                let callee = self.expr(fun)?;
                let c = self.temp(pos)?;
                self.emit(Instr::Move {
                    dst: c,
                    src: callee,
                });
                let base = self.temps(nargs.max(1) as u32, pos)?;
                self.args(&sig, args, spread, base, pos)?;
                self.snapshot_agg_args(&sig, base, nargs, pos)?;
                self.set_line(pos);
                self.emit(Instr::DeferValue {
                    callee: c,
                    base,
                    nargs: nargs as u16,
                });
            }
        }
        self.release(mark);
        Ok(())
    }

    /// A deferred call's struct and array arguments are copied when the `defer` runs (arguments are passed by
    /// reference, and the variables they came from may change before the call).
    fn snapshot_agg_args(
        &mut self,
        sig: &amber_check::types::Signature,
        base: Reg,
        nargs: usize,
        pos: Pos,
    ) -> R<()> {
        let _ = pos;
        for (j, &ty) in sig.params.iter().enumerate().take(nargs) {
            if self.repr(ty) == Repr::Agg {
                let rt = self.rt(ty);
                let r = base + j as Reg;
                self.emit(Instr::CopyAgg {
                    dst: r,
                    src: r,
                    ty: rt,
                });
            }
        }
        Ok(())
    }

    fn for_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
        label: Option<String>,
    ) -> R<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        // Go 1.22: loop variables declared by init are per-iteration; boxed ones get a fresh box each time.
        let mut per_iter = Vec::new();
        if let Some(Stmt {
            kind:
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                },
            ..
        }) = init
        {
            for l in lhs {
                if let ExprKind::Ident(id) = &l.kind {
                    if let Some(o) = self.prog.info.defs.get(&id.id).copied() {
                        if let Some(Var::Boxed(b)) = self.fb().vars.get(&o).copied() {
                            per_iter.push((o, b));
                        }
                    }
                }
            }
        }
        let head = self.new_label();
        let cont = self.new_label();
        let end = self.new_label();
        self.bind(head);
        if let Some(c) = cond {
            self.cond_jump(c, false, end)?;
        }
        self.fb().loops.push(LoopCtx {
            label,
            brk: end,
            cont: Some(cont),
        });
        self.block(&body.stmts)?;
        self.fb().loops.pop();
        self.bind(cont);
        for (o, b) in per_iter {
            let ty = self.prog.objects.type_of(o);
            let kind = self.elem_kind(ty);
            let t = self.temp(body.rbrace)?;
            self.emit(Instr::Load {
                dst: t,
                ptr: b,
                kind,
            });
            self.emit(Instr::Box { dst: b, src: t });
        }
        if let Some(p) = post {
            self.stmt(p)?;
        }
        self.jump(head);
        self.bind(end);
        Ok(())
    }

    fn range_stmt(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) -> R<()> {
        let pos = x.span.lo;
        let xt = self.type_of(x);
        let head = self.new_label();
        let cont = self.new_label();
        let end = self.new_label();
        let under = self.types().under(xt).clone();
        // Assigns the iteration values to key/value (declaring them on first use with :=).
        let is_blank = |e: Option<&Expr>| match e {
            None => true,
            Some(Expr {
                kind: ExprKind::Ident(i),
                ..
            }) => i.is_blank(),
            _ => false,
        };
        let key_live = !is_blank(key);
        let val_live = !is_blank(value);
        match under {
            TypeKind::Basic(b) if b.is_integer() => {
                let n = self.expr(x)?;
                let limit = self.temp(pos)?;
                self.emit(Instr::Move { dst: limit, src: n });
                let i = self.temp(pos)?;
                self.emit(Instr::LoadInt { dst: i, v: 0 });
                self.bind(head);
                self.jump_with(
                    Instr::JumpNotCmpI {
                        a: i,
                        b: limit,
                        cmp: Cmp::Lt,
                        target: 0,
                    },
                    end,
                );
                if key_live {
                    self.range_assign(key, i, define)?;
                }
                self.range_body(body, label, end, cont)?;
                self.emit(Instr::AddIImm {
                    dst: i,
                    a: i,
                    imm: 1,
                });
                self.jump(head);
            }
            TypeKind::Slice(_) | TypeKind::Array { .. } | TypeKind::Pointer(_) => {
                let (elem, is_array, via_ptr) = match &under {
                    TypeKind::Slice(e) => (*e, false, false),
                    TypeKind::Array { elem, .. } => (*elem, true, false),
                    TypeKind::Pointer(p) => match self.types().under(*p) {
                        TypeKind::Array { elem, .. } => (*elem, true, true),
                        _ => return err(pos, "internal compiler error: bad range"),
                    },
                    _ => return err(pos, "internal compiler error: bad range"),
                };
                let s0 = self.expr(x)?;
                let s = self.temp(pos)?;
                if is_array && !via_ptr && val_live {
                    // The range expression is evaluated once: an array is copied first.
                    let ty = self.rt(xt);
                    self.emit(Instr::CopyAgg {
                        dst: s,
                        src: s0,
                        ty,
                    });
                } else {
                    self.emit(Instr::Move { dst: s, src: s0 });
                }
                if via_ptr && val_live {
                    self.emit(Instr::CheckNil { src: s });
                }
                let len = self.temp(pos)?;
                if via_ptr {
                    let n = match self
                        .types()
                        .under(self.types().pointer_elem(xt).unwrap_or(xt))
                    {
                        TypeKind::Array { len, .. } => *len,
                        _ => 0,
                    };
                    let c = CV::Int(n.into());
                    self.constant(&c, TypeId::INT, pos, len)?;
                } else {
                    self.emit(Instr::Len { dst: len, s });
                }
                let i = self.temp(pos)?;
                self.emit(Instr::LoadInt { dst: i, v: 0 });
                self.bind(head);
                self.jump_with(
                    Instr::JumpNotCmpI {
                        a: i,
                        b: len,
                        cmp: Cmp::Lt,
                        target: 0,
                    },
                    end,
                );
                if key_live {
                    self.range_assign(key, i, define)?;
                }
                if val_live {
                    let v = self.temp(pos)?;
                    let kind = self.elem_kind(elem);
                    self.emit(Instr::Index { dst: v, s, i, kind });
                    let v = if kind == ElemKind::Agg {
                        let rt = self.rt(elem);
                        self.emit(Instr::CopyAgg {
                            dst: v,
                            src: v,
                            ty: rt,
                        });
                        v
                    } else {
                        v
                    };
                    self.range_assign(value, v, define)?;
                }
                self.range_body(body, label, end, cont)?;
                self.emit(Instr::AddIImm {
                    dst: i,
                    a: i,
                    imm: 1,
                });
                self.jump(head);
            }
            ref k @ (TypeKind::Basic(_) | TypeKind::Map { .. })
                if matches!(k, TypeKind::Map { .. })
                    || matches!(k, TypeKind::Basic(b) if b.is_string()) =>
            {
                // Strings (by rune) and maps (in insertion order) share one shape: an iterator register
                // and a `*Next` instruction that yields key and value or jumps to the end.
                let is_map = matches!(k, TypeKind::Map { .. });
                let x0 = self.expr(x)?;
                let coll = self.temp(pos)?;
                self.emit(Instr::Move { dst: coll, src: x0 });
                let it = self.temp(pos)?;
                self.emit(Instr::LoadInt { dst: it, v: 0 });
                let kv = self.temps(2, pos)?;
                self.bind(head);
                let next = if is_map {
                    Instr::MapNext {
                        it,
                        m: coll,
                        k: kv,
                        done: 0,
                    }
                } else {
                    Instr::StrNext {
                        it,
                        s: coll,
                        k: kv,
                        done: 0,
                    }
                };
                self.jump_with(next, end);
                if key_live {
                    self.range_assign(key, kv, define)?;
                }
                if val_live {
                    self.range_assign(value, kv + 1, define)?;
                }
                self.range_body(body, label, end, cont)?;
                self.jump(head);
            }
            TypeKind::Signature(_) => {
                return self.range_func_stmt(key, value, define, x, body, label)
            }
            TypeKind::Chan { .. } => return err(pos, "channels are not supported yet"),
            _ => return err(pos, "internal compiler error: bad range"),
        }
        self.bind(end);
        Ok(())
    }

    fn range_body(
        &mut self,
        body: &ast::Block,
        label: Option<String>,
        end: Label,
        cont: Label,
    ) -> R<()> {
        self.fb().loops.push(LoopCtx {
            label,
            brk: end,
            cont: Some(cont),
        });
        self.block(&body.stmts)?;
        self.fb().loops.pop();
        self.bind(cont);
        Ok(())
    }

    fn range_assign(&mut self, target: Option<&Expr>, src: Reg, define: bool) -> R<()> {
        let Some(t) = target else { return Ok(()) };
        if define {
            if let ExprKind::Ident(id) = &t.kind {
                if let Some(o) = self.prog.info.defs.get(&id.id).copied() {
                    // A fresh variable (and box) per iteration.
                    match self.fb().vars.get(&o).copied() {
                        Some(Var::Reg(r)) => {
                            self.emit(Instr::Move { dst: r, src });
                        }
                        Some(Var::Boxed(b)) => {
                            self.emit(Instr::Box { dst: b, src });
                        }
                        _ => self.declare_var_from(o, src, t.span.lo)?,
                    }
                    return Ok(());
                }
            }
        }
        self.store(t, src)
    }

    fn switch_like(&mut self, s: &Stmt, label: Option<String>) -> R<()> {
        match &s.kind {
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let end = self.new_label();
                let tag_info = match tag {
                    Some(t) => {
                        let r0 = self.expr(t)?;
                        let r = self.temp(t.span.lo)?;
                        self.emit(Instr::Move { dst: r, src: r0 });
                        Some((r, self.type_of(t)))
                    }
                    None => None,
                };
                let bodies: Vec<Label> = body.iter().map(|_| self.new_label()).collect();
                let mut default = None;
                for (ci, c) in body.iter().enumerate() {
                    if c.is_default {
                        default = Some(bodies[ci]);
                        continue;
                    }
                    for e in &c.exprs {
                        self.set_line(e.span.lo);
                        let mark = self.fb().next;
                        match tag_info {
                            Some((r, tt)) => {
                                let v = self.value_as(e, tt)?;
                                let b = self.temp(e.span.lo)?;
                                self.compare_regs(BinOp::Eq, tt, b, r, v, e.span.lo)?;
                                self.jump_with(Instr::JumpIf { cond: b, target: 0 }, bodies[ci]);
                            }
                            None => {
                                self.cond_jump(e, true, bodies[ci])?;
                            }
                        }
                        self.release(mark);
                    }
                }
                self.jump(default.unwrap_or(end));
                self.fb().loops.push(LoopCtx {
                    label,
                    brk: end,
                    cont: None,
                });
                for (ci, c) in body.iter().enumerate() {
                    self.bind(bodies[ci]);
                    let falls = matches!(
                        c.body.last().map(|s| &s.kind),
                        Some(StmtKind::Branch {
                            kind: BranchKind::Fallthrough,
                            ..
                        })
                    );
                    let stmts = if falls {
                        &c.body[..c.body.len() - 1]
                    } else {
                        &c.body[..]
                    };
                    self.block(stmts)?;
                    if falls {
                        if let Some(next) = bodies.get(ci + 1) {
                            self.jump(*next);
                            continue;
                        }
                    }
                    self.jump(end);
                }
                self.fb().loops.pop();
                self.bind(end);
                Ok(())
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let end = self.new_label();
                let v0 = self.expr(x)?;
                let v = self.temp(x.span.lo)?;
                self.emit(Instr::Move { dst: v, src: v0 });
                let dt = self.temp(x.span.lo)?;
                self.emit(Instr::DynType { dst: dt, src: v });
                let bodies: Vec<Label> = body.iter().map(|_| self.new_label()).collect();
                let mut default = None;
                let cmp = self.temp(x.span.lo)?;
                for (ci, c) in body.iter().enumerate() {
                    if c.is_default {
                        default = Some(bodies[ci]);
                        continue;
                    }
                    for e in &c.exprs {
                        let t = self.type_of(e);
                        let id: i32 = if t == TypeId::UNTYPED_NIL
                            || matches!(&e.kind, ExprKind::Ident(i) if i.name == "nil")
                        {
                            -1
                        } else if self.types().is_interface(t) {
                            let iface = self.rt(t);
                            let ok = self.temps(2, e.span.lo)?;
                            self.emit(Instr::AssertIfaceOk {
                                dst: ok,
                                src: v,
                                iface,
                            });
                            self.jump_with(
                                Instr::JumpIf {
                                    cond: ok + 1,
                                    target: 0,
                                },
                                bodies[ci],
                            );
                            continue;
                        } else {
                            self.rt(t) as i32
                        };
                        self.emit(Instr::LoadInt { dst: cmp, v: id });
                        self.jump_with(
                            Instr::JumpCmpI {
                                a: dt,
                                b: cmp,
                                cmp: Cmp::Eq,
                                target: 0,
                            },
                            bodies[ci],
                        );
                    }
                }
                self.jump(default.unwrap_or(end));
                self.fb().loops.push(LoopCtx {
                    label,
                    brk: end,
                    cont: None,
                });
                for (ci, c) in body.iter().enumerate() {
                    self.bind(bodies[ci]);
                    if bind.is_some() {
                        if let Some(o) = self.prog.info.implicit(c.span.lo) {
                            let ty = self.prog.objects.type_of(o);
                            let r = self.temp(c.span.lo)?;
                            if c.exprs.len() == 1 && !self.types().is_interface(ty) {
                                let rt = self.rt(ty);
                                let iface = self.rt(self.type_of(x));
                                self.emit(Instr::AssertType {
                                    dst: r,
                                    src: v,
                                    ty: rt,
                                    iface,
                                });
                            } else {
                                self.emit(Instr::Move { dst: r, src: v });
                            }
                            self.declare_var_from(o, r, c.span.lo)?;
                        }
                    }
                    self.block(&c.body)?;
                    self.jump(end);
                }
                self.fb().loops.pop();
                self.bind(end);
                Ok(())
            }
            _ => self.stmt(s),
        }
    }

    // ---- places (assignable locations) ----

    fn place(&mut self, e: &Expr) -> R<Place> {
        let e = strip_parens(e);
        let pos = e.span.lo;
        match &e.kind {
            ExprKind::Ident(id) => {
                if id.is_blank() {
                    return Ok(Place::Blank);
                }
                let Some(o) = self.prog.info.object_of(id.id) else {
                    return err(
                        pos,
                        format!("internal compiler error: unresolved {}", id.name),
                    );
                };
                Ok(Place::Var(o))
            }
            ExprKind::Index { x, indices } => {
                let xt = self.type_of(x);
                let Some(i) = indices.first() else {
                    return err(pos, "bad index");
                };
                match self.types().under(xt).clone() {
                    TypeKind::Map { key, .. } => {
                        let m = self.expr(x)?;
                        let mut k = self.value_as(i, key)?;
                        if self.repr(key) == Repr::Agg {
                            // The map keeps the key it stores: a struct or array key must not share
                            // storage with the variable or element it was read from.
                            let owned = self.temp(pos)?;
                            let kt = self.rt(key);
                            self.emit(Instr::CopyAgg {
                                dst: owned,
                                src: k,
                                ty: kt,
                            });
                            k = owned;
                        }
                        let ty = self.rt(xt);
                        Ok(Place::Map { m, k, ty })
                    }
                    TypeKind::Pointer(p) => {
                        if !matches!(self.types().under(p), TypeKind::Array { .. }) {
                            return err(pos, "bad index");
                        }
                        let s = self.expr(x)?;
                        self.emit(Instr::CheckNil { src: s });
                        let i = self.expr(i)?;
                        Ok(Place::Index { s, i })
                    }
                    TypeKind::Slice(_) | TypeKind::Array { .. } => {
                        let s = self.expr(x)?;
                        let i = self.expr(i)?;
                        Ok(Place::Index { s, i })
                    }
                    _ => err(pos, "internal compiler error: bad index target"),
                }
            }
            ExprKind::Selector { x, sel } => {
                let Some(s) = self.prog.info.selection(e.id).cloned() else {
                    // A qualified identifier: a global of another package.
                    let Some(o) = self.prog.info.uses.get(&sel.id).copied() else {
                        return err(pos, "internal compiler error: unresolved selector");
                    };
                    return Ok(Place::Var(o));
                };
                if s.kind == SelectionKind::Qualified {
                    return Ok(Place::Var(s.obj));
                }
                let (obj, idx) = self.field_path(x, &s.path, pos)?;
                Ok(Place::Field { obj, idx })
            }
            ExprKind::Star(p) => {
                let r = self.expr(p)?;
                let elem = self.type_of(e);
                Ok(Place::Deref { ptr: r, elem })
            }
            _ => err(pos, "internal compiler error: not assignable"),
        }
    }

    /// Follows a field path from `x`: returns the register holding the innermost struct and the last index.
    fn field_path(&mut self, x: &Expr, path: &[u32], pos: Pos) -> R<(Reg, u32)> {
        let mut obj = self.expr(x)?;
        let Some((&last, init)) = path.split_last() else {
            return err(pos, "internal compiler error: empty field path");
        };
        for &i in init {
            let t = self.temp(pos)?;
            self.emit(Instr::Field {
                dst: t,
                obj,
                idx: i,
                kind: ElemKind::Value,
            });
            obj = t;
        }
        Ok((obj, last))
    }

    fn load_place(&mut self, p: &Place, ty: TypeId, pos: Pos) -> R<Reg> {
        let kind = self.elem_kind(ty);
        let t = match p {
            Place::Var(o) => return self.load_var(*o, ty, pos),
            Place::Blank => return err(pos, "cannot read _"),
            Place::Index { s, i, .. } => {
                let t = self.temp(pos)?;
                self.emit(Instr::Index {
                    dst: t,
                    s: *s,
                    i: *i,
                    kind,
                });
                t
            }
            Place::Map { m, k, ty: mt, .. } => {
                let t = self.temps(2, pos)?;
                self.emit(Instr::MapGet {
                    dst: t,
                    m: *m,
                    k: *k,
                    ty: *mt,
                });
                t
            }
            Place::Field { obj, idx } => {
                let t = self.temp(pos)?;
                self.emit(Instr::Field {
                    dst: t,
                    obj: *obj,
                    idx: *idx,
                    kind,
                });
                t
            }
            Place::Deref { ptr, .. } => {
                let t = self.temp(pos)?;
                if kind == ElemKind::Agg {
                    self.emit(Instr::CheckNil { src: *ptr });
                    self.emit(Instr::Move { dst: t, src: *ptr });
                } else {
                    self.emit(Instr::Load {
                        dst: t,
                        ptr: *ptr,
                        kind,
                    });
                }
                t
            }
        };
        Ok(t)
    }

    /// Stores `src` (already converted and, for aggregates, owned) into a place.
    fn store_place(&mut self, p: &Place, src: Reg, ty: TypeId, pos: Pos) -> R<()> {
        let agg = self.repr(ty) == Repr::Agg;
        let kind = self.elem_kind(ty);
        match p {
            Place::Blank => {}
            Place::Var(o) => {
                if agg {
                    let cur = self.load_var(*o, ty, pos)?;
                    let rt = self.rt(ty);
                    self.emit(Instr::AssignAgg {
                        dst: cur,
                        src,
                        ty: rt,
                    });
                } else {
                    self.store_var(*o, ty, src, pos)?;
                }
            }
            Place::Index { s, i, .. } => {
                if agg {
                    let t = self.temp(pos)?;
                    self.emit(Instr::Index {
                        dst: t,
                        s: *s,
                        i: *i,
                        kind,
                    });
                    let rt = self.rt(ty);
                    self.emit(Instr::AssignAgg {
                        dst: t,
                        src,
                        ty: rt,
                    });
                } else {
                    self.emit(Instr::SetIndex {
                        s: *s,
                        i: *i,
                        src,
                        kind,
                    });
                }
            }
            Place::Map { m, k, ty: mt, .. } => {
                self.emit(Instr::MapSet {
                    m: *m,
                    k: *k,
                    v: src,
                    ty: *mt,
                });
            }
            Place::Field { obj, idx } => {
                if agg {
                    let t = self.temp(pos)?;
                    self.emit(Instr::Field {
                        dst: t,
                        obj: *obj,
                        idx: *idx,
                        kind,
                    });
                    let rt = self.rt(ty);
                    self.emit(Instr::AssignAgg {
                        dst: t,
                        src,
                        ty: rt,
                    });
                } else {
                    self.emit(Instr::SetField {
                        obj: *obj,
                        idx: *idx,
                        src,
                        kind,
                    });
                }
            }
            Place::Deref { ptr, elem } => {
                if agg {
                    let rt = self.rt(*elem);
                    self.emit(Instr::AssignAgg {
                        dst: *ptr,
                        src,
                        ty: rt,
                    });
                } else {
                    self.emit(Instr::Store {
                        ptr: *ptr,
                        src,
                        kind,
                    });
                }
            }
        }
        Ok(())
    }

    fn store(&mut self, l: &Expr, src: Reg) -> R<()> {
        let ty = self.lhs_type(l);
        let p = self.place(l)?;
        self.store_place(&p, src, ty, l.span.lo)
    }

    // ---- expressions ----

    fn expr_discard(&mut self, e: &Expr) -> R<()> {
        let e = strip_parens(e);
        if let ExprKind::Call { .. } = &e.kind {
            self.call(e, 0)?;
            return Ok(());
        }
        self.expr(e)?;
        Ok(())
    }

    /// Compiles `e` and converts it to `target` (boxing concrete values into interfaces).
    fn value_as(&mut self, e: &Expr, target: TypeId) -> R<Reg> {
        let r = self.expr(e)?;
        let from = self.type_of(e);
        self.box_as(r, from, target, is_fresh(e), e.span.lo)
    }

    /// Implicit conversion of the value in `r` (an interface box of a copy for concrete values).
    fn convert_implicit(&mut self, r: Reg, from: TypeId, target: TypeId, pos: Pos) -> R<Reg> {
        self.box_as(r, from, target, false, pos)
    }

    /// As `convert_implicit`; `fresh` says an aggregate in `r` is owned by nobody else (no copy needed).
    fn box_as(&mut self, r: Reg, from: TypeId, target: TypeId, fresh: bool, pos: Pos) -> R<Reg> {
        if target != TypeId::INVALID
            && self.types().is_interface(target)
            && !self.types().is_interface(from)
            && from != TypeId::UNTYPED_NIL
        {
            let t = self.temp(pos)?;
            let ty = self.rt(from);
            if self.repr(from) == Repr::Agg && !fresh {
                // An interface holds its own copy of a struct or array value.
                self.emit(Instr::CopyAgg { dst: t, src: r, ty });
                self.emit(Instr::ToIface { dst: t, src: t, ty });
            } else {
                self.emit(Instr::ToIface { dst: t, src: r, ty });
            }
            return Ok(t);
        }
        Ok(r)
    }

    fn constant(&mut self, c: &CV, ty: TypeId, pos: Pos, dst: Reg) -> R<()> {
        match (c, self.repr(ty)) {
            (CV::Bool(b), _) => {
                self.emit(Instr::LoadBool { dst, v: *b });
            }
            (CV::String(s), _) => {
                let k = if s.is_empty() {
                    self.st.image.add_const(ConstValue::Value(Value::EMPTY_STR))
                } else {
                    self.st.image.add_const(ConstValue::Str(s.clone()))
                };
                self.emit(Instr::Const { dst, k });
            }
            (c, Repr::Complex { f32 }) => {
                let (re, im) = c.to_complex_f64().unwrap_or((0.0, 0.0));
                self.complex_const(re, im, f32, dst, pos)?;
            }
            (c, Repr::Float { f32 }) => {
                let mut f = c.to_f64().unwrap_or(0.0);
                if f32 {
                    f = f as f32 as f64;
                }
                let k = self.st.image.add_const(ConstValue::Value(Value::Float(f)));
                self.emit(Instr::Const { dst, k });
            }
            (c, Repr::Int(_)) | (c, Repr::Iface) | (c, Repr::Other)
                if c.to_i64().is_some() || c.to_u64().is_some() =>
            {
                let v = c
                    .to_i64()
                    .or_else(|| c.to_u64().map(|u| u as i64))
                    .unwrap_or(0);
                if let Ok(small) = i32::try_from(v) {
                    self.emit(Instr::LoadInt { dst, v: small });
                } else {
                    let k = self.st.image.add_const(ConstValue::Value(Value::Int(v)));
                    self.emit(Instr::Const { dst, k });
                }
            }
            (CV::Complex(..), _) => {
                let (re, im) = c.to_complex_f64().unwrap_or((0.0, 0.0));
                self.complex_const(re, im, false, dst, pos)?;
            }
            (c, _) => {
                if let Some(f) = c.to_f64() {
                    let k = self.st.image.add_const(ConstValue::Value(Value::Float(f)));
                    self.emit(Instr::Const { dst, k });
                } else {
                    return err(pos, "internal compiler error: unsupported constant");
                }
            }
        }
        Ok(())
    }

    /// Compiles an expression into some register (possibly a variable's own: do not write to it).
    fn expr(&mut self, e: &Expr) -> R<Reg> {
        self.expr_to(e, None)
    }

    fn expr_to(&mut self, e: &Expr, want: Option<Reg>) -> R<Reg> {
        let e = strip_parens(e);
        let pos = e.span.lo;
        let tv = self.prog.info.type_of(e.id).cloned();
        let ty = tv.as_ref().map_or(TypeId::INVALID, |t| t.ty);
        let dst = |s: &mut Self| -> R<Reg> {
            match want {
                Some(w) => Ok(w),
                None => s.temp(pos),
            }
        };
        if let Some(tv) = &tv {
            if let Mode::Constant(c) = &tv.mode {
                if want.is_none() {
                    if let Some(r) = self.const_reg(c, ty) {
                        return Ok(r);
                    }
                }
                let d = dst(self)?;
                self.constant(c, ty, pos, d)?;
                return Ok(d);
            }
        }
        let r = match &e.kind {
            ExprKind::Ident(id) => {
                if id.name == "nil"
                    && matches!(
                        self.prog
                            .info
                            .object_of(id.id)
                            .map(|o| &self.prog.objects.get(o).kind),
                        Some(ObjKind::Nil) | None
                    )
                {
                    let d = dst(self)?;
                    self.zero_into(ty, d, pos)?;
                    return Ok(d);
                }
                let Some(o) = self.prog.info.object_of(id.id) else {
                    return err(
                        pos,
                        format!("internal compiler error: unresolved {}", id.name),
                    );
                };
                match &self.prog.objects.get(o).kind {
                    ObjKind::Var(_) => self.load_var(o, ty, pos)?,
                    ObjKind::Func(_) => {
                        let d = dst(self)?;
                        self.func_value(o, d, pos)?;
                        d
                    }
                    ObjKind::Nil => {
                        let d = dst(self)?;
                        self.zero_into(ty, d, pos)?;
                        d
                    }
                    _ => {
                        return err(
                            pos,
                            format!("internal compiler error: unexpected identifier {}", id.name),
                        )
                    }
                }
            }
            ExprKind::BasicLit { .. } => {
                // Literals are constants (handled above) except in IncDec's synthesized `1`.
                let d = dst(self)?;
                self.emit(Instr::LoadInt { dst: d, v: 1 });
                d
            }
            ExprKind::Binary { op, x, y } => {
                let d = dst(self)?;
                self.binary_into(*op, self.type_of(x), d, x, y, None)?;
                return Ok(d);
            }
            ExprKind::Unary { op, x } => {
                let d = dst(self)?;
                self.unary(*op, x, ty, d, pos)?;
                return Ok(d);
            }
            ExprKind::Call { .. } => {
                let tv_mode = tv.as_ref().map(|t| t.mode.clone());
                if let ExprKind::Call { fun, args, .. } = &e.kind {
                    if self.prog.info.is_conversion(fun.id) {
                        let Some(a) = args.first() else {
                            return err(pos, "bad conversion");
                        };
                        if self.conversion_is_noop(self.type_of(a), ty) {
                            return self.expr_to(a, want);
                        }
                        let d = dst(self)?;
                        self.conversion(a, ty, d, pos)?;
                        return Ok(d);
                    }
                }
                let _ = tv_mode;
                self.call(e, 1)?
            }
            ExprKind::Index { x, indices } => {
                let xt = self.type_of(x);
                let Some(i) = indices.first() else {
                    return err(pos, "bad index");
                };
                match self.types().under(xt).clone() {
                    TypeKind::Basic(_) => {
                        let s = self.expr(x)?;
                        let i = self.expr(i)?;
                        let d = dst(self)?;
                        self.emit(Instr::StrIndex { dst: d, s, i });
                        d
                    }
                    TypeKind::Map { key, .. } => {
                        let m = self.expr(x)?;
                        let k = self.value_as(i, key)?;
                        let d = self.temps(2, pos)?;
                        let mt = self.rt(xt);
                        self.emit(Instr::MapGet {
                            dst: d,
                            m,
                            k,
                            ty: mt,
                        });
                        d
                    }
                    TypeKind::Slice(elem) | TypeKind::Array { elem, .. } => {
                        let s = self.expr(x)?;
                        let i = self.expr(i)?;
                        let d = dst(self)?;
                        let kind = self.elem_kind(elem);
                        self.emit(Instr::Index { dst: d, s, i, kind });
                        d
                    }
                    TypeKind::Pointer(p) => {
                        let elem = match self.types().under(p) {
                            TypeKind::Array { elem, .. } => *elem,
                            _ => return err(pos, "bad index"),
                        };
                        let s = self.expr(x)?;
                        self.emit(Instr::CheckNil { src: s });
                        let i = self.expr(i)?;
                        let d = dst(self)?;
                        let kind = self.elem_kind(elem);
                        self.emit(Instr::Index { dst: d, s, i, kind });
                        d
                    }
                    _ => return err(pos, "generic instantiation is not supported yet"),
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let xt = self.type_of(x);
                let s = self.expr(x)?;
                let lo = match lo {
                    Some(l) => self.expr(l)?,
                    None => NO_REG,
                };
                let hi = match hi {
                    Some(h) => self.expr(h)?,
                    None => NO_REG,
                };
                let mx = match max {
                    Some(m) => self.expr(m)?,
                    None => NO_REG,
                };
                let d = dst(self)?;
                if self.types().is_string(xt) {
                    self.emit(Instr::StrSlice { dst: d, s, lo, hi });
                } else {
                    if self.types().is_pointer(xt) {
                        self.emit(Instr::CheckNil { src: s });
                    }
                    self.emit(Instr::SliceSlice {
                        dst: d,
                        s,
                        lo,
                        hi,
                        max: mx,
                    });
                }
                d
            }
            ExprKind::Selector { x, sel } => {
                let Some(s) = self.prog.info.selection(e.id).cloned() else {
                    let Some(o) = self.prog.info.uses.get(&sel.id).copied() else {
                        return err(pos, "internal compiler error: unresolved selector");
                    };
                    return self.qualified(o, ty, want, pos);
                };
                match s.kind {
                    SelectionKind::Qualified => return self.qualified(s.obj, ty, want, pos),
                    SelectionKind::FieldVal => {
                        let (obj, idx) = self.field_path(x, &s.path, pos)?;
                        let d = dst(self)?;
                        let kind = self.elem_kind(ty);
                        self.emit(Instr::Field {
                            dst: d,
                            obj,
                            idx,
                            kind,
                        });
                        d
                    }
                    SelectionKind::MethodVal => {
                        let d = dst(self)?;
                        self.method_value(x, &s, d, pos)?;
                        d
                    }
                    SelectionKind::MethodExpr => {
                        let d = dst(self)?;
                        self.method_expr(&s, d, pos)?;
                        d
                    }
                }
            }
            ExprKind::Star(p) => {
                let r = self.expr(p)?;
                let d = dst(self)?;
                if self.repr(ty) == Repr::Agg {
                    self.emit(Instr::CheckNil { src: r });
                    self.emit(Instr::Move { dst: d, src: r });
                } else {
                    let kind = self.elem_kind(ty);
                    self.emit(Instr::Load {
                        dst: d,
                        ptr: r,
                        kind,
                    });
                }
                d
            }
            ExprKind::CompositeLit { elts, .. } => {
                let d = dst(self)?;
                self.composite(ty, elts, d, pos)?;
                d
            }
            ExprKind::FuncLit { sig, body } => {
                let d = dst(self)?;
                self.func_lit(sig, body, ty, d, pos)?;
                d
            }
            ExprKind::TypeAssert { x, ty: Some(t) } => {
                let target = self.type_of(t);
                if self.types().is_interface(target) {
                    let src = self.expr(x)?;
                    let d = dst(self)?;
                    let iface = self.rt(target);
                    let from = self.rt(self.type_of(x));
                    self.emit(Instr::AssertIface {
                        dst: d,
                        src,
                        iface,
                        from,
                    });
                    return Ok(d);
                }
                let src = self.expr(x)?;
                let d = dst(self)?;
                let rt = self.rt(target);
                let iface = self.rt(self.type_of(x));
                self.emit(Instr::AssertType {
                    dst: d,
                    src,
                    ty: rt,
                    iface,
                });
                d
            }
            _ => return err(pos, "this expression is not supported yet"),
        };
        if let Some(w) = want {
            if w != r {
                self.emit(Instr::Move { dst: w, src: r });
            }
            return Ok(w);
        }
        Ok(r)
    }

    /// A register holding a numeric constant for the whole function (inside loops only).
    fn const_reg(&mut self, c: &CV, ty: TypeId) -> Option<Reg> {
        let v = match (c, self.repr(ty)) {
            (c, Repr::Int(_)) => Value::Int(c.to_i64().or_else(|| c.to_u64().map(|u| u as i64))?),
            (c, Repr::Float { f32 }) => {
                let f = c.to_f64()?;
                Value::Float(if f32 { f as f32 as f64 } else { f })
            }
            _ => return None,
        };
        let fb = self.fb();
        if fb.loops.is_empty() || fb.const_base == u32::MAX {
            return None;
        }
        if let Some((_, r)) = fb.const_regs.iter().find(|(x, _)| match (x, &v) {
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }) {
            return Some(*r);
        }
        if fb.const_regs.len() as u32 >= CONST_REGS {
            return None;
        }
        let r = (fb.const_base + fb.const_regs.len() as u32) as Reg;
        fb.const_regs.push((v, r));
        Some(r)
    }

    fn qualified(&mut self, o: ObjId, ty: TypeId, want: Option<Reg>, pos: Pos) -> R<Reg> {
        let d = match want {
            Some(w) => w,
            None => self.temp(pos)?,
        };
        match &self.prog.objects.get(o).kind {
            ObjKind::Var(_) => {
                let r = self.load_var(o, ty, pos)?;
                if r != d {
                    self.emit(Instr::Move { dst: d, src: r });
                }
            }
            ObjKind::Func(_) => self.func_value(o, d, pos)?,
            _ => {
                return err(
                    pos,
                    "internal compiler error: unexpected qualified identifier",
                )
            }
        }
        Ok(d)
    }

    fn func_value(&mut self, o: ObjId, d: Reg, pos: Pos) -> R<()> {
        match self.st.funcs.get(&o) {
            Some(FuncRef::Guest(g)) => {
                let k = self.st.image.add_const(ConstValue::Value(Value::Func(*g)));
                self.emit(Instr::Const { dst: d, k });
                Ok(())
            }
            Some(FuncRef::Native(n)) => {
                let n = *n;
                let w = self.native_value_wrapper(o, n, pos)?;
                let k = self.st.image.add_const(ConstValue::Value(Value::Func(w)));
                self.emit(Instr::Const { dst: d, k });
                Ok(())
            }
            None => err(pos, "internal compiler error: unknown function"),
        }
    }

    fn func_lit(
        &mut self,
        sig: &ast::FuncType,
        body: &ast::Block,
        ty: TypeId,
        d: Reg,
        pos: Pos,
    ) -> R<()> {
        let outer_name = self.fb().name.clone();
        self.fb().closure_count += 1;
        let n = self.fb().closure_count;
        let name = format!("{outer_name}.func{n}");
        let s = self.sig_of(ty);
        let mut params = Vec::new();
        self.collect_params(&sig.params, &mut params);
        let mut results = Vec::new();
        self.collect_params(&sig.results, &mut results);
        let fb = self.new_fb(name, pos);
        self.fbs.push(fb);
        let r = self.compile_body(&params, &results, &s.results, body);
        let Some(fb) = self.fbs.pop() else {
            return err(pos, "internal compiler error");
        };
        let (np, nr, rpc) = r?;
        let captures = fb.captures.clone();
        let f = self.finish(fb, np, nr, rpc)?;
        let idx = self.st.image.add_func(f);
        self.make_closure(idx, &captures, d, pos)
    }

    /// The values of a `return` statement, each evaluated into a fresh register (aggregates copied unless
    /// freshly built), so no result is overwritten before every operand was read.
    fn return_values(
        &mut self,
        values: &[ast::Expr],
        results: &[(ObjId, TypeId)],
        pos: Pos,
    ) -> R<Vec<Reg>> {
        if values.len() == 1 && results.len() > 1 {
            return self.multi_value(&values[0], results.len(), pos);
        }
        let mut regs = Vec::new();
        for (e, (_, ty)) in values.iter().zip(results.iter()) {
            let r = self.value_as(e, *ty)?;
            let t = self.temp(pos)?;
            if self.repr(*ty) == Repr::Agg && !is_fresh(e) {
                let rt = self.rt(*ty);
                self.emit(Instr::CopyAgg {
                    dst: t,
                    src: r,
                    ty: rt,
                });
            } else {
                self.emit(Instr::Move { dst: t, src: r });
            }
            regs.push(t);
        }
        Ok(regs)
    }

    fn composite(&mut self, ty: TypeId, elts: &[ast::Element], d: Reg, pos: Pos) -> R<()> {
        match self.types().under(ty).clone() {
            TypeKind::Struct { fields } => {
                let rt = self.rt(ty);
                let obj = self.temp(pos)?;
                self.emit(Instr::NewAgg { dst: obj, ty: rt });
                for (i, el) in elts.iter().enumerate() {
                    let idx = match &el.key {
                        Some(Expr {
                            kind: ExprKind::Ident(k),
                            ..
                        }) => fields.iter().position(|f| f.name == k.name).unwrap_or(i),
                        _ => i,
                    };
                    let Some(f) = fields.get(idx) else {
                        return err(pos, "bad struct literal");
                    };
                    let fty = f.ty;
                    let v = self.elem_value(&el.value, fty)?;
                    let kind = self.elem_kind(fty);
                    self.emit(Instr::SetField {
                        obj,
                        idx: idx as u32,
                        src: v,
                        kind,
                    });
                }
                self.emit(Instr::Move { dst: d, src: obj });
            }
            TypeKind::Slice(elem) => {
                let n = self.literal_len(elts, pos)?;
                let len = self.temp(pos)?;
                self.emit(Instr::LoadInt {
                    dst: len,
                    v: n as i32,
                });
                let s = self.temp(pos)?;
                let et = self.rt(elem);
                self.emit(Instr::MakeSlice {
                    dst: s,
                    len,
                    cap: NO_REG,
                    elem: et,
                });
                self.fill_elements(s, elem, elts, pos)?;
                self.emit(Instr::Move { dst: d, src: s });
            }
            TypeKind::Array { elem, .. } => {
                let rt = self.rt(ty);
                let a = self.temp(pos)?;
                self.emit(Instr::NewAgg { dst: a, ty: rt });
                self.fill_elements(a, elem, elts, pos)?;
                self.emit(Instr::Move { dst: d, src: a });
            }
            TypeKind::Map { key, value } => {
                let mt = self.rt(ty);
                let m = self.temp(pos)?;
                self.emit(Instr::MakeMap { dst: m, ty: mt });
                for el in elts {
                    let Some(k) = &el.key else {
                        return err(pos, "missing key in map literal");
                    };
                    let mark = self.fb().next;
                    let k = self.elem_value(k, key)?;
                    let v = self.elem_value(&el.value, value)?;
                    self.emit(Instr::MapSet { m, k, v, ty: mt });
                    self.release(mark);
                }
                self.emit(Instr::Move { dst: d, src: m });
            }
            TypeKind::Pointer(inner) => {
                // `&T{...}` elided inside another literal.
                self.composite(inner, elts, d, pos)?;
            }
            _ => return err(pos, "internal compiler error: bad composite literal type"),
        }
        Ok(())
    }

    fn literal_len(&self, elts: &[ast::Element], pos: Pos) -> R<usize> {
        let mut i: i64 = 0;
        let mut max: i64 = 0;
        for el in elts {
            if let Some(k) = &el.key {
                let Some(c) = self.prog.info.type_of(k.id).and_then(|t| t.constant()) else {
                    return err(pos, "non-constant index in literal");
                };
                i = c.to_i64().unwrap_or(0);
            }
            i += 1;
            max = max.max(i);
        }
        Ok(max as usize)
    }

    fn fill_elements(&mut self, s: Reg, elem: TypeId, elts: &[ast::Element], pos: Pos) -> R<()> {
        let kind = self.elem_kind(elem);
        let idx = self.temp(pos)?;
        let mut i: i64 = 0;
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(c) = self.prog.info.type_of(k.id).and_then(|t| t.constant()) {
                    i = c.to_i64().unwrap_or(0);
                }
            }
            let mark = self.fb().next;
            let v = self.elem_value(&el.value, elem)?;
            self.emit(Instr::LoadInt {
                dst: idx,
                v: i as i32,
            });
            if kind == ElemKind::Agg {
                let t = self.temp(pos)?;
                self.emit(Instr::Index {
                    dst: t,
                    s,
                    i: idx,
                    kind,
                });
                let rt = self.rt(elem);
                self.emit(Instr::AssignAgg {
                    dst: t,
                    src: v,
                    ty: rt,
                });
            } else {
                self.emit(Instr::SetIndex {
                    s,
                    i: idx,
                    src: v,
                    kind,
                });
            }
            self.release(mark);
            i += 1;
        }
        Ok(())
    }

    /// An element of a composite literal (elided types resolved by the checker).
    fn elem_value(&mut self, e: &Expr, ty: TypeId) -> R<Reg> {
        let r = self.value_as(e, ty)?;
        if self.repr(ty) == Repr::Agg && !is_fresh(e) {
            let t = self.temp(e.span.lo)?;
            let rt = self.rt(ty);
            self.emit(Instr::CopyAgg {
                dst: t,
                src: r,
                ty: rt,
            });
            return Ok(t);
        }
        Ok(r)
    }

    /// Whether converting `from` to `to` leaves the value unchanged (same representation, no narrowing).
    fn conversion_is_noop(&self, from: TypeId, to: TypeId) -> bool {
        if self.types().is_interface(to) {
            return self.types().is_interface(from);
        }
        match (self.repr(from), self.repr(to)) {
            (Repr::Int(f), Repr::Int(t)) => f == t || t.bits() == 64,
            (Repr::Float { f32: a }, Repr::Float { f32: b }) => a == b || !b,
            (Repr::Complex { f32: a }, Repr::Complex { f32: b }) => a == b || !b,
            (a, b) => a == b && !matches!(a, Repr::Agg | Repr::Other | Repr::Slice | Repr::Str),
        }
    }

    fn conversion(&mut self, a: &Expr, to: TypeId, d: Reg, pos: Pos) -> R<()> {
        let from = self.type_of(a);
        let (rf, rt) = (self.repr(from), self.repr(to));
        if self.types().is_interface(to) {
            let r = self.expr(a)?;
            let r = self.convert_implicit(r, from, to, pos)?;
            self.emit(Instr::Move { dst: d, src: r });
            return Ok(());
        }
        let r = self.expr(a)?;
        match (rf, rt) {
            (Repr::Int(fk), Repr::Int(tk)) => {
                self.emit(Instr::Move { dst: d, src: r });
                if tk != fk && tk.bits() < 64 {
                    self.emit(Instr::Wrap { dst: d, kind: tk });
                }
            }
            (Repr::Int(fk), Repr::Float { f32 }) => {
                self.emit(Instr::IntToF {
                    dst: d,
                    src: r,
                    unsigned: fk.is_unsigned(),
                });
                if f32 {
                    self.emit(Instr::RoundF32 { dst: d });
                }
            }
            (Repr::Float { .. }, Repr::Int(tk)) => {
                self.emit(Instr::FToInt {
                    dst: d,
                    src: r,
                    kind: tk,
                });
            }
            (Repr::Float { .. }, Repr::Float { f32 }) => {
                self.emit(Instr::Move { dst: d, src: r });
                if f32 {
                    self.emit(Instr::RoundF32 { dst: d });
                }
            }
            (Repr::Int(_), Repr::Str) => {
                self.emit(Instr::RuneToStr { dst: d, src: r });
            }
            (Repr::Slice, Repr::Str) => {
                let elem = match self.types().under(from) {
                    TypeKind::Slice(e) => *e,
                    _ => TypeId::INVALID,
                };
                if self.repr(elem) == Repr::Int(IntKind::U8) {
                    self.emit(Instr::BytesToStr { dst: d, src: r });
                } else {
                    self.emit(Instr::RunesToStr { dst: d, src: r });
                }
            }
            (Repr::Str, Repr::Slice) => {
                let elem = match self.types().under(to) {
                    TypeKind::Slice(e) => *e,
                    _ => TypeId::INVALID,
                };
                if self.repr(elem) == Repr::Int(IntKind::U8) {
                    self.emit(Instr::StrToBytes { dst: d, src: r });
                } else {
                    self.emit(Instr::StrToRunes { dst: d, src: r });
                }
            }
            (Repr::Slice, Repr::Agg | Repr::Ptr) => {
                let ptr = rt == Repr::Ptr;
                let arr = if ptr {
                    self.types().pointer_elem(to).unwrap_or(TypeId::INVALID)
                } else {
                    to
                };
                let ty = self.rt(arr);
                self.emit(Instr::SliceToArray {
                    dst: d,
                    src: r,
                    ty,
                    ptr,
                });
            }
            (Repr::Complex { .. }, Repr::Complex { f32 }) => {
                let (re, im) = (self.temp(pos)?, self.temp(pos)?);
                self.emit(Instr::ComplexPart {
                    dst: re,
                    src: r,
                    imag: false,
                });
                self.emit(Instr::ComplexPart {
                    dst: im,
                    src: r,
                    imag: true,
                });
                self.emit(Instr::MakeComplex {
                    dst: d,
                    re,
                    im,
                    f32,
                });
            }
            _ => {
                if rf == Repr::Other || rt == Repr::Other {
                    return err(pos, "internal compiler error: unsupported conversion");
                }
                // Same representation (named types, pointers, ...).
                if rt == Repr::Agg {
                    let ty = self.rt(to);
                    self.emit(Instr::CopyAgg { dst: d, src: r, ty });
                } else {
                    self.emit(Instr::Move { dst: d, src: r });
                }
            }
        }
        Ok(())
    }

    fn unary(&mut self, op: UnOp, x: &Expr, ty: TypeId, d: Reg, pos: Pos) -> R<()> {
        match op {
            UnOp::Pos => {
                self.expr_to(x, Some(d))?;
            }
            UnOp::Neg => {
                let r = self.expr(x)?;
                match self.repr(ty) {
                    Repr::Int(k) => {
                        self.emit(Instr::NegI { dst: d, src: r });
                        if k.bits() < 64 {
                            self.emit(Instr::Wrap { dst: d, kind: k });
                        }
                    }
                    Repr::Float { .. } => {
                        self.emit(Instr::NegF { dst: d, src: r });
                    }
                    Repr::Complex { f32 } => {
                        self.emit(Instr::ComplexArith {
                            dst: d,
                            a: r,
                            b: r,
                            op: ComplexOp::Neg,
                            f32,
                        });
                    }
                    _ => return err(pos, "internal compiler error: bad negation"),
                }
            }
            UnOp::Not => {
                let r = self.expr(x)?;
                self.emit(Instr::Not { dst: d, src: r });
            }
            UnOp::BitNot => {
                let r = self.expr(x)?;
                self.emit(Instr::BitNot { dst: d, src: r });
                if let Repr::Int(k) = self.repr(ty) {
                    if k.bits() < 64 {
                        self.emit(Instr::Wrap { dst: d, kind: k });
                    }
                }
            }
            UnOp::Addr => self.address_of(x, d, pos)?,
            UnOp::Recv => return err(pos, "channels are not supported yet"),
        }
        Ok(())
    }

    fn address_of(&mut self, x: &Expr, d: Reg, pos: Pos) -> R<()> {
        let x = strip_parens(x);
        let xt = self.type_of(x);
        if let (ExprKind::CompositeLit { .. }, false) = (&x.kind, self.repr(xt) == Repr::Agg) {
            // `&[]T{...}`, `&map[K]V{...}`: a fresh variable holding the value.
            let r = self.expr(x)?;
            self.emit(Instr::Box { dst: d, src: r });
            return Ok(());
        }
        if self.repr(xt) == Repr::Agg {
            // The address of an aggregate is its object.
            if let ExprKind::CompositeLit { .. } = &x.kind {
                self.expr_to(x, Some(d))?;
                return Ok(());
            }
            let r = self.expr(x)?;
            self.emit(Instr::Move { dst: d, src: r });
            return Ok(());
        }
        match self.place(x)? {
            Place::Var(o) => match self.lookup_var(o, pos)? {
                Var::Boxed(b) => {
                    self.emit(Instr::Move { dst: d, src: b });
                }
                Var::Captured(i, true) => {
                    self.emit(Instr::Capture { dst: d, idx: i });
                }
                Var::Global(g) => {
                    self.emit(Instr::AddrGlobal { dst: d, g });
                }
                _ => {
                    return err(
                        pos,
                        "internal compiler error: address of an unboxed variable",
                    )
                }
            },
            Place::Index { s, i, .. } => {
                self.emit(Instr::AddrIndex { dst: d, s, i });
            }
            Place::Field { obj, idx } => {
                self.emit(Instr::AddrField { dst: d, obj, idx });
            }
            Place::Deref { ptr, .. } => {
                self.emit(Instr::Move { dst: d, src: ptr });
            }
            _ => return err(pos, "cannot take this address"),
        }
        Ok(())
    }

    /// `x op y` into `d` (`op` typed by `xt`, the left operand's type). `same` is the register of `x` when it
    /// is a variable updated in place (`x += y`).
    fn binary_into(
        &mut self,
        op: BinOp,
        xt: TypeId,
        d: Reg,
        x: &Expr,
        y: &Expr,
        same: Option<Reg>,
    ) -> R<()> {
        let pos = x.span.lo;
        match op {
            BinOp::LAnd | BinOp::LOr => {
                let end = self.new_label();
                self.expr_to(x, Some(d))?;
                if op == BinOp::LAnd {
                    self.jump_with(Instr::JumpIfNot { cond: d, target: 0 }, end);
                } else {
                    self.jump_with(Instr::JumpIf { cond: d, target: 0 }, end);
                }
                self.expr_to(y, Some(d))?;
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        // `x + small constant` on ints.
        if let (BinOp::Add | BinOp::Sub, Repr::Int(k)) = (op, self.repr(xt)) {
            if let Some(c) = self
                .prog
                .info
                .type_of(y.id)
                .and_then(|t| t.constant())
                .and_then(|c| c.to_i64())
            {
                if let Ok(imm) = i32::try_from(if op == BinOp::Sub { -c } else { c }) {
                    let a = match same {
                        Some(r) => r,
                        None => self.expr(x)?,
                    };
                    self.emit(Instr::AddIImm { dst: d, a, imm });
                    if k.bits() < 64 {
                        self.emit(Instr::Wrap { dst: d, kind: k });
                    }
                    return Ok(());
                }
            }
        }
        let (a, b);
        if matches!(op, BinOp::Eq | BinOp::Ne) {
            // Mixed interface/concrete comparisons compare as interfaces.
            let yt = self.type_of(y);
            let (ti, tx) = (self.types().is_interface(xt), self.types().is_interface(yt));
            if ti != tx {
                let it = if ti { xt } else { yt };
                let ra = self.value_as(x, it)?;
                let rb = self.value_as(y, it)?;
                return self.compare_regs(op, it, d, ra, rb, pos);
            }
        }
        a = match same {
            Some(r) => r,
            None => self.expr(x)?,
        };
        b = self.expr(y)?;
        self.binop_regs(op, xt, d, a, b, self.type_of(y), pos)
    }

    #[allow(clippy::too_many_arguments)]
    fn binop_regs(
        &mut self,
        op: BinOp,
        t: TypeId,
        d: Reg,
        a: Reg,
        b: Reg,
        yt: TypeId,
        pos: Pos,
    ) -> R<()> {
        use BinOp::*;
        if matches!(op, Eq | Ne | Lt | Le | Gt | Ge) {
            return self.compare_regs(op, t, d, a, b, pos);
        }
        match self.repr(t) {
            Repr::Int(k) => {
                let unsigned_count = self.types().is_unsigned(yt);
                let i = match op {
                    Add => Instr::AddI { dst: d, a, b },
                    Sub => Instr::SubI { dst: d, a, b },
                    Mul => Instr::MulI { dst: d, a, b },
                    Div if k.is_unsigned() => Instr::DivU { dst: d, a, b },
                    Div => Instr::DivI { dst: d, a, b },
                    Rem if k.is_unsigned() => Instr::RemU { dst: d, a, b },
                    Rem => Instr::RemI { dst: d, a, b },
                    And => Instr::And { dst: d, a, b },
                    Or => Instr::Or { dst: d, a, b },
                    Xor => Instr::Xor { dst: d, a, b },
                    AndNot => Instr::AndNot { dst: d, a, b },
                    Shl => Instr::Shl {
                        dst: d,
                        a,
                        b,
                        unsigned_count,
                    },
                    Shr if k.is_unsigned() => Instr::ShrU {
                        dst: d,
                        a,
                        b,
                        unsigned_count,
                    },
                    Shr => Instr::Shr {
                        dst: d,
                        a,
                        b,
                        unsigned_count,
                    },
                    _ => return err(pos, "internal compiler error: bad integer operator"),
                };
                self.emit(i);
                // Narrow types wrap; division of the most negative value by -1 also needs it for I32 etc.
                if k.bits() < 64 && !matches!(op, And | Or | AndNot | Shr) {
                    self.emit(Instr::Wrap { dst: d, kind: k });
                }
            }
            Repr::Float { f32 } => {
                let i = match op {
                    Add => Instr::AddF { dst: d, a, b },
                    Sub => Instr::SubF { dst: d, a, b },
                    Mul => Instr::MulF { dst: d, a, b },
                    Div => Instr::DivF { dst: d, a, b },
                    _ => return err(pos, "internal compiler error: bad float operator"),
                };
                self.emit(i);
                if f32 {
                    self.emit(Instr::RoundF32 { dst: d });
                }
            }
            Repr::Str if op == Add => {
                self.emit(Instr::Concat { dst: d, a, b });
            }
            Repr::Complex { f32 } => {
                let op = match op {
                    Add => ComplexOp::Add,
                    Sub => ComplexOp::Sub,
                    Mul => ComplexOp::Mul,
                    Div => ComplexOp::Div,
                    _ => return err(pos, "internal compiler error: bad complex operator"),
                };
                self.emit(Instr::ComplexArith {
                    dst: d,
                    a,
                    b,
                    op,
                    f32,
                });
            }
            _ => return err(pos, "this operator is not supported yet for this type"),
        }
        Ok(())
    }

    fn compare_regs(&mut self, op: BinOp, t: TypeId, d: Reg, a: Reg, b: Reg, pos: Pos) -> R<()> {
        use BinOp::*;
        let (cmp, swap, negate) = match op {
            Eq => (Cmp::Eq, false, false),
            Ne => (Cmp::Ne, false, false),
            Lt => (Cmp::Lt, false, false),
            Le => (Cmp::Le, false, false),
            Gt => (Cmp::Lt, true, false),
            Ge => (Cmp::Le, true, false),
            _ => return err(pos, "internal compiler error: not a comparison"),
        };
        let _ = negate;
        let (a, b) = if swap { (b, a) } else { (a, b) };
        match self.repr(t) {
            Repr::Int(k) if k.is_unsigned() => {
                self.emit(Instr::CmpU { dst: d, a, b, cmp });
            }
            Repr::Int(_) => {
                self.emit(Instr::CmpI { dst: d, a, b, cmp });
            }
            Repr::Float { .. } => {
                self.emit(Instr::CmpF { dst: d, a, b, cmp });
            }
            Repr::Str => {
                self.emit(Instr::CmpS { dst: d, a, b, cmp });
            }
            _ => {
                let ty = self.rt(t);
                match cmp {
                    Cmp::Eq => self.emit(Instr::Eq { dst: d, a, b, ty }),
                    Cmp::Ne => self.emit(Instr::Ne { dst: d, a, b, ty }),
                    _ => return err(pos, "ordered comparison of this type"),
                };
            }
        }
        Ok(())
    }

    /// Jumps to `target` if `e` evaluates to `when`.
    fn cond_jump(&mut self, e: &Expr, when: bool, target: Label) -> R<()> {
        let e = strip_parens(e);
        let mark = self.fb().next;
        match &e.kind {
            ExprKind::Unary { op: UnOp::Not, x } => {
                self.cond_jump(x, !when, target)?;
            }
            ExprKind::Binary {
                op: BinOp::LAnd,
                x,
                y,
            } => {
                if when {
                    let skip = self.new_label();
                    self.cond_jump(x, false, skip)?;
                    self.cond_jump(y, true, target)?;
                    self.bind(skip);
                } else {
                    self.cond_jump(x, false, target)?;
                    self.cond_jump(y, false, target)?;
                }
            }
            ExprKind::Binary {
                op: BinOp::LOr,
                x,
                y,
            } => {
                if when {
                    self.cond_jump(x, true, target)?;
                    self.cond_jump(y, true, target)?;
                } else {
                    let skip = self.new_label();
                    self.cond_jump(x, true, skip)?;
                    self.cond_jump(y, false, target)?;
                    self.bind(skip);
                }
            }
            ExprKind::Binary { op, x, y }
                if matches!(
                    op,
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
                ) && matches!(self.repr(self.type_of(x)), Repr::Int(k) if !k.is_unsigned())
                    && self
                        .prog
                        .info
                        .type_of(e.id)
                        .and_then(|t| t.constant())
                        .is_none() =>
            {
                let a = self.expr(x)?;
                let b = self.expr(y)?;
                let (cmp, a, b) = match op {
                    BinOp::Eq => (Cmp::Eq, a, b),
                    BinOp::Ne => (Cmp::Ne, a, b),
                    BinOp::Lt => (Cmp::Lt, a, b),
                    BinOp::Le => (Cmp::Le, a, b),
                    BinOp::Gt => (Cmp::Lt, b, a),
                    _ => (Cmp::Le, b, a),
                };
                if when {
                    self.jump_with(
                        Instr::JumpCmpI {
                            a,
                            b,
                            cmp,
                            target: 0,
                        },
                        target,
                    );
                } else {
                    self.jump_with(
                        Instr::JumpNotCmpI {
                            a,
                            b,
                            cmp,
                            target: 0,
                        },
                        target,
                    );
                }
            }
            _ => {
                let r = self.expr(e)?;
                if when {
                    self.jump_with(Instr::JumpIf { cond: r, target: 0 }, target);
                } else {
                    self.jump_with(Instr::JumpIfNot { cond: r, target: 0 }, target);
                }
            }
        }
        self.release(mark);
        Ok(())
    }

    /// The statically known callee of `fun`: a function or a concrete method (with its receiver expression).
    fn static_callee<'e>(&mut self, fun: &'e Expr) -> Option<(FuncRef, Option<&'e Expr>)> {
        match &fun.kind {
            ExprKind::Ident(id) => {
                let o = self.prog.info.uses.get(&id.id)?;
                if matches!(self.prog.objects.get(*o).kind, ObjKind::Func(_)) {
                    return self.st.funcs.get(o).map(|f| (*f, None));
                }
                None
            }
            ExprKind::Selector { x, sel } => match self.prog.info.selection(fun.id) {
                None => {
                    let o = self.prog.info.uses.get(&sel.id)?;
                    self.st.funcs.get(o).map(|f| (*f, None))
                }
                Some(s) if s.kind == SelectionKind::Qualified => {
                    self.st.funcs.get(&s.obj).map(|f| (*f, None))
                }
                Some(s) if s.kind == SelectionKind::MethodVal && s.path.is_empty() => {
                    if self.types().is_interface(s.recv) {
                        return None;
                    }
                    self.st.funcs.get(&s.obj).map(|f| (*f, Some(&**x)))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Compiles a call; returns the register where its results start (`want` results are used).
    fn call(&mut self, e: &Expr, want: usize) -> R<Reg> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &e.kind
        else {
            return err(e.span.lo, "internal compiler error: not a call");
        };
        let pos = e.span.lo;
        self.set_line(pos);
        if let Some(b) = self.prog.info.builtin(fun.id) {
            return self.builtin(b, e, args, ellipsis.is_some(), pos);
        }
        let fun = strip_parens(fun);
        let sig_t = self.type_of(fun);
        let sig = self.sig_of(sig_t);
        let nres = sig.results.len().max(want);
        // Interface method call?
        if let ExprKind::Selector { x, .. } = &fun.kind {
            if let Some(s) = self.prog.info.selection(fun.id).cloned() {
                if s.kind == SelectionKind::MethodVal && self.types().is_interface(s.recv) {
                    let recv = self.expr(x)?;
                    let nargs = self.arg_count(&sig, args.len(), ellipsis.is_some());
                    let base = self.temps((1 + nargs).max(nres) as u32, pos)?;
                    self.emit(Instr::Move {
                        dst: base,
                        src: recv,
                    });
                    self.args(&sig, args, ellipsis.is_some(), base + 1, pos)?;
                    let name = self.prog.objects.get(s.obj).name.clone();
                    let m = self.method_index(&name);
                    self.set_line(pos);
                    self.emit(Instr::CallIface { method: m, base });
                    return Ok(base);
                }
                if s.kind == SelectionKind::MethodVal && !s.path.is_empty() {
                    // A promoted method: evaluate the embedded receiver, then call statically (or through the
                    // embedded interface).
                    let end_ty = self.path_type(s.recv, &s.path);
                    if self.types().is_interface(end_ty) {
                        let r = self.expr(x)?;
                        let recv = self.follow_path(r, s.recv, &s.path, None, pos)?;
                        let nargs = self.arg_count(&sig, args.len(), ellipsis.is_some());
                        let base = self.temps((1 + nargs).max(nres) as u32, pos)?;
                        self.emit(Instr::Move {
                            dst: base,
                            src: recv,
                        });
                        self.args(&sig, args, ellipsis.is_some(), base + 1, pos)?;
                        let name = self.prog.objects.get(s.obj).name.clone();
                        let m = self.method_index(&name);
                        self.set_line(pos);
                        self.emit(Instr::CallIface { method: m, base });
                        return Ok(base);
                    }
                    let Some(f) = self.st.funcs.get(&s.obj).copied() else {
                        return err(pos, "internal compiler error: unknown method");
                    };
                    let obj = self.method_receiver(x, &s, false, pos)?;
                    return self.direct_call(
                        f,
                        Some(obj),
                        &sig,
                        args,
                        ellipsis.is_some(),
                        nres,
                        pos,
                    );
                }
            }
        }
        if let Some((f, recv)) = self.static_callee(fun) {
            let recv_reg = match recv {
                Some(rx) => Some(self.receiver(rx, f, pos)?),
                None => None,
            };
            return self.direct_call(f, recv_reg, &sig, args, ellipsis.is_some(), nres, pos);
        }
        // A func value.
        let callee0 = self.expr(fun)?;
        let callee = self.temp(pos)?;
        self.emit(Instr::Move {
            dst: callee,
            src: callee0,
        });
        let nargs = self.arg_count(&sig, args.len(), ellipsis.is_some());
        let base = self.temps(nargs.max(nres) as u32, pos)?;
        self.args(&sig, args, ellipsis.is_some(), base, pos)?;
        self.set_line(pos);
        self.emit(Instr::CallValue { callee, base });
        Ok(base)
    }

    /// The receiver register for a concrete method call (pointer/value adjustments are representation-free
    /// for structs; for other types a pointer receiver needs the variable's box).
    fn receiver(&mut self, rx: &Expr, f: FuncRef, pos: Pos) -> R<Reg> {
        let rt = self.type_of(rx);
        let want_ptr = match f {
            FuncRef::Guest(g) => self.method_recv_is_ptr(g),
            FuncRef::Native(_) => None,
        };
        let is_ptr = self.types().is_pointer(rt);
        match want_ptr {
            Some(true) if !is_ptr => {
                let d = self.temp(pos)?;
                self.address_of(rx, d, pos)?;
                Ok(d)
            }
            Some(false) if is_ptr => {
                let r = self.expr(rx)?;
                let elem = self.types().pointer_elem(rt).unwrap_or(TypeId::INVALID);
                if self.repr(elem) == Repr::Agg {
                    self.emit(Instr::CheckNil { src: r });
                    Ok(r)
                } else {
                    let d = self.temp(pos)?;
                    let kind = self.elem_kind(elem);
                    self.emit(Instr::Load {
                        dst: d,
                        ptr: r,
                        kind,
                    });
                    Ok(d)
                }
            }
            _ => self.expr(rx),
        }
    }

    fn method_recv_is_ptr(&self, g: u32) -> Option<bool> {
        let f = self
            .st
            .funcs
            .iter()
            .find(|(_, r)| **r == FuncRef::Guest(g))
            .map(|(o, _)| *o)?;
        let recv = self.prog.objects.func(f)?.recv?;
        Some(self.types().is_pointer(recv))
    }

    fn method_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.st.method_names.get(name) {
            return i;
        }
        self.st.image.method_names.push(name.to_string());
        let i = (self.st.image.method_names.len() - 1) as u32;
        self.st.method_names.insert(name.to_string(), i);
        i
    }

    fn arg_count(&self, sig: &amber_check::types::Signature, nargs: usize, spread: bool) -> usize {
        if sig.variadic && !spread {
            sig.params.len()
        } else {
            nargs.max(sig.params.len())
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn direct_call(
        &mut self,
        f: FuncRef,
        recv: Option<Reg>,
        sig: &amber_check::types::Signature,
        args: &[Expr],
        spread: bool,
        nres: usize,
        pos: Pos,
    ) -> R<Reg> {
        let nargs = self.arg_count(sig, args.len(), spread) + recv.is_some() as usize;
        let base = self.temps(nargs.max(nres).max(1) as u32, pos)?;
        let mut at = base;
        if let Some(r) = recv {
            self.emit(Instr::Move { dst: base, src: r });
            at += 1;
        }
        self.args(sig, args, spread, at, pos)?;
        self.set_line(pos);
        match f {
            FuncRef::Guest(g) => self.emit(Instr::Call { func: g, base }),
            FuncRef::Native(n) => self.emit(Instr::CallNative { native: n, base }),
        };
        Ok(base)
    }

    /// Evaluates arguments into `at..`, packing variadic ones into a slice.
    fn args(
        &mut self,
        sig: &amber_check::types::Signature,
        args: &[Expr],
        spread: bool,
        at: Reg,
        pos: Pos,
    ) -> R<()> {
        // A single multi-value call as the arguments: f(g()).
        if args.len() == 1 {
            if let Some(TypeKind::Tuple(elems)) = self
                .prog
                .info
                .type_of(args[0].id)
                .map(|t| self.types().kind(t.ty).clone())
            {
                let regs = self.multi_value(&args[0], elems.len(), pos)?;
                let vals: Vec<(Reg, TypeId)> = regs.into_iter().zip(elems).collect();
                return self.args_from_regs(sig, &vals, at, pos);
            }
        }
        let nfixed = if sig.variadic {
            sig.params.len().saturating_sub(1)
        } else {
            sig.params.len()
        };
        for (i, a) in args.iter().enumerate().take(if sig.variadic && !spread {
            nfixed
        } else {
            args.len()
        }) {
            let pt = sig.params.get(i).copied().unwrap_or(TypeId::INVALID);
            let mark = self.fb().next;
            if self.types().is_interface(pt) == self.types().is_interface(self.type_of(a)) {
                self.expr_to(a, Some(at + i as Reg))?;
            } else {
                let r = self.value_as(a, pt)?;
                self.emit(Instr::Move {
                    dst: at + i as Reg,
                    src: r,
                });
            }
            self.release(mark);
        }
        if sig.variadic && !spread {
            let st = sig.params.last().copied().unwrap_or(TypeId::INVALID);
            let elem = match self.types().under(st) {
                TypeKind::Slice(e) => *e,
                _ => TypeId::INVALID,
            };
            let extra = &args[nfixed.min(args.len())..];
            let dst = at + nfixed as Reg;
            if extra.is_empty() {
                let k = self.st.image.add_const(ConstValue::Value(Value::NIL_SLICE));
                self.emit(Instr::Const { dst, k });
            } else {
                let mark = self.fb().next;
                let len = self.temp(pos)?;
                self.emit(Instr::LoadInt {
                    dst: len,
                    v: extra.len() as i32,
                });
                let et = self.rt(elem);
                self.emit(Instr::MakeSlice {
                    dst,
                    len,
                    cap: NO_REG,
                    elem: et,
                });
                let kind = self.elem_kind(elem);
                for (i, a) in extra.iter().enumerate() {
                    let m2 = self.fb().next;
                    let r = self.elem_value(a, elem)?;
                    let idx = self.temp(pos)?;
                    self.emit(Instr::LoadInt {
                        dst: idx,
                        v: i as i32,
                    });
                    self.emit(Instr::SetIndex {
                        s: dst,
                        i: idx,
                        src: r,
                        kind,
                    });
                    self.release(m2);
                }
                self.release(mark);
            }
        }
        Ok(())
    }

    fn builtin(&mut self, b: Builtin, e: &Expr, args: &[Expr], spread: bool, pos: Pos) -> R<Reg> {
        let ty = self.type_of(e);
        let arg = |i: usize| args.get(i);
        let d = self.temps(2, pos)?;
        match b {
            Builtin::Len | Builtin::Cap => {
                let Some(a) = arg(0) else {
                    return err(pos, "missing argument");
                };
                let at = self.type_of(a);
                let r = self.expr(a)?;
                let r = if let TypeKind::Pointer(_) = self.types().under(at) {
                    self.emit(Instr::CheckNil { src: r });
                    r
                } else {
                    r
                };
                if b == Builtin::Len {
                    if let TypeKind::Map { .. } = self.types().under(at) {
                        self.emit(Instr::MapLen { dst: d, m: r });
                    } else {
                        self.emit(Instr::Len { dst: d, s: r });
                    }
                } else {
                    self.emit(Instr::Cap { dst: d, s: r });
                }
            }
            Builtin::Append => {
                let Some(s) = arg(0) else {
                    return err(pos, "missing argument");
                };
                let elem = match self.types().under(ty) {
                    TypeKind::Slice(e) => *e,
                    _ => TypeId::INVALID,
                };
                let et = self.rt(elem);
                self.expr_to(s, Some(d))?;
                if spread {
                    if let Some(t) = arg(1) {
                        let r = self.expr(t)?;
                        self.emit(Instr::AppendSlice {
                            dst: d,
                            s: d,
                            t: r,
                            elem: et,
                        });
                    }
                } else if args.len() == 2 {
                    let mark = self.fb().next;
                    let r = self.elem_value(&args[1], elem)?;
                    self.emit(Instr::Append {
                        dst: d,
                        s: d,
                        v: r,
                        elem: et,
                    });
                    self.release(mark);
                } else if args.len() > 2 {
                    let n = args.len() - 1;
                    let base = self.temps(n as u32, pos)?;
                    for (i, a) in args[1..].iter().enumerate() {
                        let mark = self.fb().next;
                        let r = self.elem_value(a, elem)?;
                        self.emit(Instr::Move {
                            dst: base + i as Reg,
                            src: r,
                        });
                        self.release(mark);
                    }
                    self.emit(Instr::AppendN {
                        dst: d,
                        s: d,
                        base,
                        n: n as u16,
                        elem: et,
                    });
                }
            }
            Builtin::Make => {
                let Some(t) = arg(0) else {
                    return err(pos, "missing argument");
                };
                let mt = self.type_of(t);
                match self.types().under(mt).clone() {
                    TypeKind::Slice(elem) => {
                        let len = match arg(1) {
                            Some(l) => self.expr(l)?,
                            None => return err(pos, "missing len"),
                        };
                        let cap = match arg(2) {
                            Some(c) => self.expr(c)?,
                            None => NO_REG,
                        };
                        let et = self.rt(elem);
                        self.emit(Instr::MakeSlice {
                            dst: d,
                            len,
                            cap,
                            elem: et,
                        });
                    }
                    TypeKind::Map { .. } => {
                        let rt = self.rt(mt);
                        self.emit(Instr::MakeMap { dst: d, ty: rt });
                    }
                    _ => return err(pos, "channels are not supported yet"),
                }
            }
            Builtin::New => {
                let Some(t) = arg(0) else {
                    return err(pos, "missing argument");
                };
                let nt = self.type_of(t);
                self.zero_into(nt, d, pos)?;
                if self.repr(nt) != Repr::Agg {
                    self.emit(Instr::Box { dst: d, src: d });
                }
            }
            Builtin::Panic => {
                let Some(a) = arg(0) else {
                    return err(pos, "missing argument");
                };
                let r = self.value_as(a, TypeId::EMPTY_INTERFACE)?;
                self.emit(Instr::Panic { src: r });
            }
            Builtin::Recover => {
                self.emit(Instr::Recover { dst: d });
            }
            Builtin::Copy => {
                let (Some(x), Some(y)) = (arg(0), arg(1)) else {
                    return err(pos, "missing argument");
                };
                let a = self.expr(x)?;
                let s = self.expr(y)?;
                let elem = match self.types().under(self.type_of(x)) {
                    TypeKind::Slice(e) => *e,
                    _ => TypeId::INVALID,
                };
                if self.repr(elem) == Repr::Agg {
                    let elem = self.rt(elem);
                    self.emit(Instr::CopyAggSlice {
                        n: d,
                        dst: a,
                        src: s,
                        elem,
                    });
                } else {
                    self.emit(Instr::CopySlice {
                        n: d,
                        dst: a,
                        src: s,
                    });
                }
            }
            Builtin::Delete => {
                let (Some(m), Some(k)) = (arg(0), arg(1)) else {
                    return err(pos, "missing argument");
                };
                let mt = self.type_of(m);
                let key = match self.types().under(mt) {
                    TypeKind::Map { key, .. } => *key,
                    _ => TypeId::INVALID,
                };
                let mr = self.expr(m)?;
                let kr = self.value_as(k, key)?;
                let rt = self.rt(mt);
                self.emit(Instr::MapDelete {
                    m: mr,
                    k: kr,
                    ty: rt,
                });
            }
            Builtin::Min | Builtin::Max => {
                let Some(first) = arg(0) else {
                    return err(pos, "missing argument");
                };
                self.expr_to(first, Some(d))?;
                if let Repr::Float { .. } = self.repr(ty) {
                    // NaNs and signed zeros need Go's rules.
                    for a in &args[1..] {
                        let r = self.expr(a)?;
                        self.emit(Instr::FloatMinMax {
                            dst: d,
                            a: d,
                            b: r,
                            max: b == Builtin::Max,
                        });
                    }
                    return Ok(d);
                }
                let c = self.temp(pos)?;
                for a in &args[1..] {
                    let r = self.expr(a)?;
                    // d = (r < d) ? r : d  for min
                    let skip = self.new_label();
                    let (x, y) = if b == Builtin::Min { (r, d) } else { (d, r) };
                    self.compare_regs(BinOp::Lt, ty, c, x, y, pos)?;
                    self.jump_with(Instr::JumpIfNot { cond: c, target: 0 }, skip);
                    self.emit(Instr::Move { dst: d, src: r });
                    self.bind(skip);
                }
            }
            Builtin::Clear => {
                let Some(a) = arg(0) else {
                    return err(pos, "missing argument");
                };
                let at = self.type_of(a);
                let r = self.expr(a)?;
                match self.types().under(at).clone() {
                    TypeKind::Map { .. } => {
                        self.emit(Instr::ClearMap { m: r });
                    }
                    TypeKind::Slice(elem) => {
                        let elem = self.rt(elem);
                        self.emit(Instr::ClearSlice { s: r, elem });
                    }
                    _ => return err(pos, "internal compiler error: bad clear"),
                }
            }
            Builtin::Print | Builtin::Println => {
                self.print_builtin(args, b == Builtin::Println, pos)?;
            }
            Builtin::Close => return err(pos, "channels are not supported yet"),
            Builtin::Complex => {
                let (Some(x), Some(y)) = (arg(0), arg(1)) else {
                    return err(pos, "missing argument");
                };
                let f32 = matches!(self.repr(ty), Repr::Complex { f32: true });
                let re = self.expr(x)?;
                let im = self.expr(y)?;
                self.emit(Instr::MakeComplex {
                    dst: d,
                    re,
                    im,
                    f32,
                });
            }
            Builtin::Real | Builtin::Imag => {
                let Some(x) = arg(0) else {
                    return err(pos, "missing argument");
                };
                let src = self.expr(x)?;
                self.emit(Instr::ComplexPart {
                    dst: d,
                    src,
                    imag: b == Builtin::Imag,
                });
            }
        }
        Ok(d)
    }

    fn compile_package_init(&mut self, p: &PackageFiles, pkg: &amber_check::Package) -> R<u32> {
        let name = format!("{}.init", pkg.path);
        let pos = p.files.first().map_or(0, |f| f.span.lo);
        let fb = self.new_fb(name, pos);
        self.fbs.push(fb);
        let r = (|| -> R<()> {
            let entry = self.new_label();
            self.bind(entry);
            // Aggregate globals need their objects.
            for &v in &pkg.vars {
                let ty = self.prog.objects.type_of(v);
                if self.repr(ty) == Repr::Agg {
                    let t = self.temp(pos)?;
                    self.zero_into(ty, t, pos)?;
                    if let Some(&g) = self.st.globals.get(&v) {
                        self.emit(Instr::StoreGlobal { g, src: t });
                    }
                }
            }
            for init in &pkg.init_order {
                let Some(file) = p.files.get(init.file as usize) else {
                    continue;
                };
                let Some(ast::Decl::Var(specs)) = file.decls.get(init.decl as usize) else {
                    continue;
                };
                let Some(spec) = specs.get(init.spec as usize) else {
                    continue;
                };
                let Some(value) = spec.values.get(init.value as usize) else {
                    continue;
                };
                self.set_line(value.span.lo);
                let mark = self.fb().next;
                let regs = if init.lhs.len() > 1 {
                    self.multi_value(value, init.lhs.len(), value.span.lo)?
                } else {
                    let ty = init
                        .lhs
                        .first()
                        .map_or(TypeId::INVALID, |o| self.prog.objects.type_of(*o));
                    let r = self.value_as(value, ty)?;
                    let r = if self.repr(ty) == Repr::Agg && !is_fresh(value) {
                        let t = self.temp(pos)?;
                        let rt = self.rt(ty);
                        self.emit(Instr::CopyAgg {
                            dst: t,
                            src: r,
                            ty: rt,
                        });
                        t
                    } else {
                        r
                    };
                    vec![r]
                };
                for (o, r) in init.lhs.iter().zip(regs) {
                    if let Some(&g) = self.st.globals.get(o) {
                        self.emit(Instr::StoreGlobal { g, src: r });
                    }
                }
                self.release(mark);
            }
            self.emit(Instr::Return);
            Ok(())
        })();
        let fb = self.fbs.pop();
        r?;
        let Some(fb) = fb else {
            return err(pos, "internal compiler error");
        };
        let f = self.finish(fb, 0, 0, 0)?;
        Ok(self.st.image.add_func(f))
    }
}

/// An assignable location.
enum Place {
    Blank,
    Var(ObjId),
    Index { s: Reg, i: Reg },
    Map { m: Reg, k: Reg, ty: u32 },
    Field { obj: Reg, idx: u32 },
    Deref { ptr: Reg, elem: TypeId },
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

/// Whether an aggregate-valued expression yields a fresh object nobody else refers to.
fn is_fresh(e: &Expr) -> bool {
    matches!(
        &strip_parens(e).kind,
        ExprKind::CompositeLit { .. } | ExprKind::Call { .. }
    )
}

/// Whether statements contain a `defer` (not counting function literals).
fn has_defer(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Block(b) => has_defer(&b.stmts),
        StmtKind::If { then, els, .. } => {
            has_defer(&then.stmts)
                || els
                    .as_deref()
                    .is_some_and(|e| has_defer(std::slice::from_ref(e)))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_defer(&body.stmts),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_defer(&c.body))
        }
        StmtKind::Labeled { stmt, .. } => has_defer(std::slice::from_ref(stmt)),
        StmtKind::Select { body, .. } => body.iter().any(|c| has_defer(&c.body)),
        _ => false,
    })
}

/// Whether statements contain a loop (not counting function literals, which are compiled separately).
fn has_loop(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => true,
        StmtKind::Block(b) => has_loop(&b.stmts),
        StmtKind::If { then, els, .. } => {
            has_loop(&then.stmts)
                || els
                    .as_deref()
                    .is_some_and(|e| has_loop(std::slice::from_ref(e)))
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_loop(&c.body))
        }
        StmtKind::Labeled { stmt, .. } => has_loop(std::slice::from_ref(stmt)),
        StmtKind::Select { body, .. } => body.iter().any(|c| has_loop(&c.body)),
        _ => false,
    })
}

/// Variables that a function body may modify in place (assigned, incremented, or the root of an assigned
/// field or element), used to decide which aggregate parameters must be copied on entry.
fn mutated_vars(prog: &Program, body: &ast::Block) -> rustc_hash::FxHashSet<ObjId> {
    let mut out = rustc_hash::FxHashSet::default();
    fn root(prog: &Program, e: &Expr, out: &mut rustc_hash::FxHashSet<ObjId>) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = prog.info.object_of(id.id) {
                    if matches!(&prog.objects.get(o).kind, ObjKind::Var(v) if v.kind != VarKind::Global)
                    {
                        out.insert(o);
                    }
                }
            }
            ExprKind::Paren(x) | ExprKind::Selector { x, .. } | ExprKind::Index { x, .. } => {
                root(prog, x, out)
            }
            _ => {}
        }
    }
    fn walk_stmts(prog: &Program, stmts: &[Stmt], out: &mut rustc_hash::FxHashSet<ObjId>) {
        for s in stmts {
            walk(prog, s, out);
        }
    }
    fn walk(prog: &Program, s: &Stmt, out: &mut rustc_hash::FxHashSet<ObjId>) {
        match &s.kind {
            StmtKind::Assign { lhs, .. } => lhs.iter().for_each(|l| root(prog, l, out)),
            StmtKind::IncDec { x, .. } => root(prog, x, out),
            StmtKind::Range {
                key, value, body, ..
            } => {
                key.iter()
                    .chain(value.iter())
                    .for_each(|l| root(prog, l, out));
                walk_stmts(prog, &body.stmts, out);
            }
            StmtKind::Block(b) => walk_stmts(prog, &b.stmts, out),
            StmtKind::If {
                init, then, els, ..
            } => {
                init.iter().for_each(|s| walk(prog, s, out));
                walk_stmts(prog, &then.stmts, out);
                els.iter().for_each(|s| walk(prog, s, out));
            }
            StmtKind::For {
                init, post, body, ..
            } => {
                init.iter()
                    .chain(post.iter())
                    .for_each(|s| walk(prog, s, out));
                walk_stmts(prog, &body.stmts, out);
            }
            StmtKind::Switch { init, body, .. } | StmtKind::TypeSwitch { init, body, .. } => {
                init.iter().for_each(|s| walk(prog, s, out));
                body.iter().for_each(|c| walk_stmts(prog, &c.body, out));
            }
            StmtKind::Labeled { stmt, .. } => walk(prog, stmt, out),
            StmtKind::Select { body, .. } => {
                body.iter().for_each(|c| walk_stmts(prog, &c.body, out))
            }
            _ => {}
        }
    }
    walk_stmts(prog, &body.stmts, &mut out);
    out
}

/// Whether the line just above the declaration starting at `pos` is the `//amber:native` directive, which lets
/// a registered Rust native stand in for the function's Go body (the body stays as the reference).
fn has_native_directive(sm: &SourceMap, pos: Pos) -> bool {
    let Some(file) = sm.file_of(pos) else {
        return false;
    };
    let (line, _) = file.line_col(pos);
    line > 1 && file.line_text(line - 1).trim() == "//amber:native"
}

#[cfg(test)]
mod directive_tests {
    use super::has_native_directive;
    use amber_syntax::SourceMap;

    #[test]
    fn directive_only_counts_on_the_line_just_above() {
        let mut sm = SourceMap::new();
        let src = "package p\n\n//amber:native\nfunc A() {}\n\n//amber:native\n\nfunc B() {}\nfunc C() {}\n";
        let id = sm.add("p.go", src);
        let base = sm.file(id).base;
        let at = |name: &str| base + src.find(name).map_or(0, |i| i as u32);
        assert!(has_native_directive(&sm, at("func A")));
        assert!(!has_native_directive(&sm, at("func B")));
        assert!(!has_native_directive(&sm, at("func C")));
    }
}
