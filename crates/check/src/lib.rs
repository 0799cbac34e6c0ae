//! The Go type checker: scopes, types, untyped constants, method sets, and Go's compile errors.
//!
//! A [`Program`] accumulates checked packages: the driver checks dependencies first, then each importer with
//! [`Program::check_package`]. Everything learned is in the program's tables: [`types::Types`],
//! [`objects::Objects`], [`Package`]s and [`info::Info`] (indexed by the AST's `NodeId`s, which must be unique
//! across all packages: parse every file of the program with one `NodeIds`).

pub mod constant;
pub mod info;
pub mod layered;
pub mod lookup;
pub mod objects;
pub mod scope;
pub mod spelling;
pub mod types;
pub mod typestring;
mod universe;

mod call;
mod checker;
mod expr;
mod stmt;
mod typexpr;

use amber_syntax::ast::{self, NodeId};
use amber_syntax::{Diagnostic, SourceMap};

pub use constant::ConstValue;
pub use info::{Info, Mode, Selection, SelectionKind, TypeAndValue};
pub use lookup::MethodSetEntry;
pub use objects::{
    Builtin, ConstObj, DeclRef, FuncObj, ObjId, ObjKind, Object, Objects, PackageId, TypeNameObj,
    VarKind, VarObj,
};
pub use scope::{ScopeId, ScopeKind, Scopes};
pub use types::{BasicKind, TypeId, TypeKind, Types};

/// Stack size of the thread that checks a package.
pub const CHECK_STACK: usize = 64 << 20;

/// Packages of at most this many bytes of source are checked on the calling thread: their nesting cannot be
/// deeper than their number of tokens, which any thread's stack holds (a test checks the worst shapes on a
/// test thread's 2 MiB in a debug build; 1024 bytes overflowed it in a non-incremental debug build, 768
/// did not), while starting a thread costs more than checking them. What a chain transaction adds on top of a
/// cached program (a call, a query) is this small.
pub const CHECK_INLINE_BYTES: usize = 512;

/// A package-level variable initialization, in the order Go runs them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Initializer {
    /// The variables initialized (several for `var a, b = f()`); blank `_` variables have objects too.
    pub lhs: Vec<ObjId>,
    /// The initializing expression.
    pub rhs: NodeId,
    /// Where the expression is: `files[file].decls[decl]` is an `ast::Decl::Var`, its `spec`-th `ValueSpec`,
    /// and `values[value]` in it.
    pub file: u32,
    pub decl: u32,
    pub spec: u32,
    pub value: u32,
}

/// A checked package.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Package {
    /// The import path (`main` or e.g. `strings`, `r/counter`).
    pub path: String,
    /// The package name from the `package` clauses.
    pub name: String,
    /// The package scope (package-level declarations; imports are in per-file scopes).
    pub scope: ScopeId,
    /// The packages this package imports, without duplicates, in first-import order.
    pub imports: Vec<PackageId>,
    /// Package-level variables with initializers, in dependency order (spec "Package initialization").
    pub init_order: Vec<Initializer>,
    /// The `init` functions, in source order (files in the order given).
    pub inits: Vec<ObjId>,
    /// Every package-level function and method declared (with or without body), in source order; `init`
    /// functions included.
    pub funcs: Vec<ObjId>,
    /// Every package-level variable, in source order (blank ones included).
    pub vars: Vec<ObjId>,
    /// Every package-level type name (defined types and aliases), in source order.
    pub type_names: Vec<ObjId>,
    /// Every package-level constant, in source order.
    pub consts: Vec<ObjId>,
}

impl Package {
    /// A package with nothing declared yet.
    pub(crate) fn empty(path: String, name: String, scope: ScopeId) -> Package {
        Package {
            path,
            name,
            scope,
            imports: Vec::new(),
            init_order: Vec::new(),
            inits: Vec::new(),
            funcs: Vec::new(),
            vars: Vec::new(),
            type_names: Vec::new(),
            consts: Vec::new(),
        }
    }
}

/// All checked packages of a program and what is known about them.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Program {
    pub types: Types,
    pub objects: Objects,
    pub scopes: Scopes,
    pub packages: Vec<Package>,
    /// Not stored: a stored program is one whose packages are all compiled, which empties it.
    #[serde(skip)]
    pub info: Info,
    /// The universe scope (predeclared identifiers).
    pub universe: ScopeId,
    /// How types were spelled (aliases, parameter names), for messages only.
    pub spellings: spelling::Spellings,
}

impl Default for Program {
    fn default() -> Self {
        Program::new()
    }
}

impl Program {
    /// An empty program with the universe (predeclared types, constants, `nil`, builtins) set up.
    pub fn new() -> Program {
        let mut p = Program {
            types: Types::new(),
            objects: Objects::new(),
            scopes: Scopes::default(),
            packages: Vec::new(),
            info: Info::default(),
            universe: ScopeId(0),
            spellings: Default::default(),
        };
        universe::setup(&mut p);
        p
    }

    /// Type-checks one package made of `files` (all with the same package clause), whose imports must
    /// already be checked in this program. On success the package is added and its id returned. On failure
    /// the errors are returned in the order found (the caller prints the first 10 sorted, as Go does); the program's
    /// tables may then hold partial information and the package is not added.
    pub fn check_package(
        &mut self,
        sm: &SourceMap,
        path: &str,
        files: &[ast::File],
    ) -> Result<PackageId, Vec<Diagnostic>> {
        on_checker_stack(files, || checker::check_package(self, sm, path, files))
    }

    /// Checks `files` as more files of the checked package `pkg` (only functions without receivers; they see
    /// the package's names, the package does not see them) and returns the functions they declare. Nothing
    /// of the package changes: for a host adding a query function to a deployed package.
    pub fn check_extension(
        &mut self,
        sm: &SourceMap,
        pkg: PackageId,
        files: &[ast::File],
    ) -> Result<Vec<ObjId>, Vec<Diagnostic>> {
        on_checker_stack(files, || checker::check_extension(self, sm, pkg, files))
    }

    /// Makes the tables checked so far shared between clones of this program, so that cloning it copies
    /// none of them; and forgets what was learned about each syntax node (`info`, expression spellings),
    /// which only the compiler of those packages needs. For a host that keeps a checked program and checks
    /// one more package on clones of it.
    pub fn freeze(&mut self) {
        self.types.freeze();
        self.objects.freeze();
        self.scopes.freeze();
        self.spellings.freeze();
        self.spellings.exprs.clear();
        self.info = Info::default();
    }

    /// Whether this program still shares every table frozen in `other` (it was cloned from it and checking
    /// since changed no frozen entry, which would have copied that table).
    pub fn shares_frozen_tables(&self, other: &Program) -> bool {
        self.types.shares_frozen(&other.types)
            && self.objects.shares_frozen(&other.objects)
            && self.scopes.shares_frozen(&other.scopes)
            && self.spellings.shares_frozen(&other.spellings)
    }

    pub fn package(&self, id: PackageId) -> Option<&Package> {
        self.packages.get(id.0 as usize)
    }

    pub fn package_by_path(&self, path: &str) -> Option<PackageId> {
        self.packages
            .iter()
            .position(|p| p.path == path)
            .map(|i| PackageId(i as u32))
    }

    /// A package-level member of a package by name (e.g. `main` in package main).
    pub fn lookup_member(&self, pkg: PackageId, name: &str) -> Option<ObjId> {
        let p = self.package(pkg)?;
        self.scopes.lookup_local(p.scope, name)
    }

    /// Prints a type as Go does in error messages; types of package `current` are unqualified, others are
    /// qualified by their package name (`strings.Builder`).
    pub fn type_string(&self, t: TypeId, current: Option<PackageId>) -> String {
        typestring::type_string(self, t, current)
    }
}

/// Runs `check` (over `files`) on a thread whose stack fits the deepest tree allowed (see
/// `checker::MAX_NESTING`), whatever thread the caller runs on; small files are checked on this thread.
fn on_checker_stack<T: Send>(
    files: &[ast::File],
    check: impl FnOnce() -> Result<T, Vec<Diagnostic>> + Send,
) -> Result<T, Vec<Diagnostic>> {
    let size = files.iter().fold(0usize, |n, f| {
        n.saturating_add(f.span.hi.saturating_sub(f.span.lo) as usize)
    });
    if size <= CHECK_INLINE_BYTES {
        return check();
    }
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .name("amber-check".into())
            .stack_size(CHECK_STACK)
            .spawn_scoped(s, check);
        match worker {
            Ok(h) => match h.join() {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            // No thread available: check on this one (depth limits still apply).
            Err(_) => Err(vec![Diagnostic::new(
                0,
                "cannot start the type checker thread",
            )]),
        }
    })
}

#[cfg(test)]
mod tests;
