//! Natives: functions implemented in Rust, called like guest functions.
//!
//! A native receives its frame window: arguments in slots `0..nargs` (a variadic parameter as one slice), and
//! leaves its results in slots `0..nresults`. It may allocate, must charge gas in proportion to its work, and
//! may panic by returning an error. Natives never call back into guest code. The GC never runs during a
//! native, so values it holds in Rust locals stay valid until it returns.

use std::io::Write;

use rustc_hash::FxHashMap;

use std::any::Any;

use crate::code::PackageInfo;
use crate::heap::{owner_package, AllocError, Heap, Obj};
use crate::types::TypeTable;
use crate::value::Value;

pub type NativeFn = fn(&mut NativeCtx, &mut [Value]) -> Result<(), NativeError>;

/// How a native fails.
#[derive(Clone, Debug, PartialEq)]
pub enum NativeError {
    /// `panic(msg)` with a string value (e.g. `strings: negative Repeat count`).
    Panic(String),
    /// A runtime error panic (`runtime error: ...` is the caller's to include).
    RuntimeError(String),
    /// `panic(v)` with any value.
    PanicValue(Value),
    OutOfGas,
    OutOfMemory,
}

impl From<AllocError> for NativeError {
    fn from(_: AllocError) -> NativeError {
        NativeError::OutOfMemory
    }
}

/// What a native can reach.
pub struct NativeCtx<'a> {
    pub heap: &'a mut Heap,
    pub types: &'a TypeTable,
    /// Standard output of the program.
    pub out: &'a mut dyn Write,
    pub(crate) gas_left: &'a mut u64,
    /// The guest frames below the native (see `native_caller`); `None` outside the machine's call path.
    pub(crate) callers: Option<crate::native_caller::CallerLookup<'a>>,
    /// The image's packages (realm owners name them).
    pub(crate) packages: &'a [PackageInfo],
    /// The guest frames (the realm that called into the current one is found from them only when a native
    /// asks: walking them on every native call would cost O(depth)).
    pub(crate) frames: &'a [crate::machine::Frame],
    /// The host's data (see `Machine::set_host`).
    pub(crate) host: Option<&'a mut dyn Any>,
}

impl NativeCtx<'_> {
    /// Charges `n` gas, failing deterministically when it runs out.
    pub fn charge(&mut self, n: u64) -> Result<(), NativeError> {
        if *self.gas_left < n {
            *self.gas_left = 0;
            return Err(NativeError::OutOfGas);
        }
        *self.gas_left -= n;
        Ok(())
    }

    /// Charges for processing `bytes` bytes (copying, scanning, hashing).
    pub fn charge_bytes(&mut self, bytes: usize) -> Result<(), NativeError> {
        self.charge(crate::gas::copy_cost(bytes as u64))
    }

    pub fn str_bytes(&self, v: Value) -> &[u8] {
        self.heap.str_bytes(v)
    }

    /// The host's data, if the host set one of type `T` (`Machine::set_host`).
    pub fn host<T: 'static>(&mut self) -> Option<&mut T> {
        self.host.as_deref_mut()?.downcast_mut::<T>()
    }

    /// The path of the realm the running code acts as; `None` for user code.
    pub fn current_realm(&self) -> Option<&str> {
        self.owner_path(self.heap.realm())
    }

    /// The path of the realm that called into the current realm; `None` when that was the user.
    pub fn previous_realm(&self) -> Option<&str> {
        self.owner_path(crate::Machine::previous_realm(self.frames))
    }

    fn owner_path(&self, owner: u32) -> Option<&str> {
        let pkg = owner_package(owner)?;
        self.packages.get(pkg as usize).map(|p| p.path.as_str())
    }

    /// Allocates a new string (charging allocation gas).
    pub fn new_str(&mut self, bytes: Vec<u8>) -> Result<Value, NativeError> {
        self.charge(crate::gas::alloc_cost(bytes.len() as u64))?;
        Ok(self.heap.alloc_str(bytes)?)
    }

    /// The bytes of a `[]byte` (or `[]bool`) slice value.
    pub fn byte_slice(&self, v: Value) -> &[u8] {
        let Value::Slice { arr, off, len } = v else {
            return &[];
        };
        let (base, _) = crate::ops::resolve_view(self.heap, arr);
        match self.heap.get(base) {
            Some(Obj::Bytes(b)) => b
                .get(off as usize..off as usize + len as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The elements of a slice of `Value` cells (e.g. the `...any` arguments of a variadic native).
    pub fn value_slice(&self, v: Value) -> &[Value] {
        let Value::Slice { arr, off, len } = v else {
            return &[];
        };
        let (base, _) = crate::ops::resolve_view(self.heap, arr);
        match self.heap.get(base) {
            Some(Obj::Values(b)) => b
                .get(off as usize..off as usize + len as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Allocates a new `[]byte`.
    pub fn new_byte_slice(&mut self, bytes: Vec<u8>) -> Result<Value, NativeError> {
        self.charge(crate::gas::alloc_cost(bytes.len() as u64))?;
        let len = u32::try_from(bytes.len()).map_err(|_| NativeError::OutOfMemory)?;
        let arr = self.heap.alloc(Obj::Bytes(bytes))?;
        Ok(Value::Slice { arr, off: 0, len })
    }

    /// Creates an `error` value whose `Error()` returns `msg`.
    pub fn new_error(&mut self, msg: &str) -> Result<Value, NativeError> {
        let s = self.new_str(msg.as_bytes().to_vec())?;
        let h = self.heap.alloc(Obj::Iface {
            ty: crate::types::NATIVE_ERROR_TYPE,
            val: s,
        })?;
        Ok(Value::Ref(h))
    }
}

/// Index of the native behind `Error()` of runtime errors; every image has it first.
pub const RUNTIME_ERROR_ERROR: u32 = 0;

/// `Error()` of a runtime error or native error: the receiver is the message string.
pub fn runtime_error_error(_: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
    // The receiver already is the message: leave it in slot 0 as the result.
    let _ = args;
    Ok(())
}

/// A native as registered: its function and its frame window.
#[derive(Clone, Copy)]
pub struct NativeDef {
    pub f: NativeFn,
    /// Number of argument slots.
    pub nargs: u16,
    /// Number of result slots.
    pub nresults: u16,
}

/// Natives by qualified name (`strings.IndexByte`, `strings.(*Builder).WriteString`).
#[derive(Default, Clone)]
pub struct Natives {
    pub by_name: FxHashMap<String, NativeDef>,
}

impl Natives {
    pub fn new() -> Natives {
        Natives::default()
    }

    pub fn register(&mut self, name: &str, nargs: u16, nresults: u16, f: NativeFn) {
        self.by_name
            .insert(name.to_string(), NativeDef { f, nargs, nresults });
    }

    pub fn get(&self, name: &str) -> Option<&NativeDef> {
        self.by_name.get(name)
    }
}
