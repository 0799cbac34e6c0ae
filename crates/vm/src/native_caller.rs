//! Natives that report where they were called from: `testing.callerFrame`, which gives package testing the
//! function, file and line of the test code that called `t.Errorf` & co. (Go prints `x_test.go:12: msg`).
//!
//! The native needs a [`CallerLookup`] from the machine: frame `skip` above the guest function that called
//! the native (0: that function), with the line of the call being executed in it, as a stack trace shows
//! it. The machine does not pass one yet, so callerFrame answers `ok == false` and testing prints `???:1`
//! (as Go does without caller information). The change it needs: a field
//! `pub(crate) callers: Option<CallerLookup<'a>>` in `NativeCtx`, filled where natives are called with a
//! closure over the frames (the running frame's pc saved first), and `testing_caller_frame` passing
//! `ctx.callers` instead of `None`.

use crate::machine::TraceFrame;
use crate::native::{NativeCtx, NativeError, Natives};
use crate::value::Value;

/// Gas of one caller lookup: a walk over at most `skip` frames and two short strings.
const CALLER_GAS: u64 = 20;

/// Registers the natives of this module.
pub fn register(natives: &mut Natives) {
    natives.register("testing.callerFrame", 1, 4, testing_caller_frame);
}

/// `func callerFrame(skip int) (fn string, file string, line int, ok bool)`.
fn testing_caller_frame(ctx: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
    caller_frame(ctx, None, args)
}

/// callerFrame with the machine's frame lookup.
pub fn caller_frame(
    ctx: &mut NativeCtx,
    callers: Option<CallerLookup>,
    args: &mut [Value],
) -> Result<(), NativeError> {
    ctx.charge(CALLER_GAS)?;
    let skip = match args.first() {
        Some(Value::Int(n)) => usize::try_from(*n).ok(),
        _ => None,
    };
    // The native's own frame is not a guest frame: skip 0 is the guest function that called it.
    let frame = skip.and_then(|s| callers.and_then(|lookup| lookup(s)));
    let (func, file, line, ok) = match frame {
        Some(f) => (f.func, f.file, i64::from(f.line), true),
        None => (String::new(), String::new(), 0, false),
    };
    ctx.charge_bytes(func.len() + file.len())?;
    let func = ctx.new_str(func.into_bytes())?;
    let file = ctx.new_str(file.into_bytes())?;
    let results = [func, file, Value::Int(line), Value::Bool(ok)];
    for (slot, v) in args.iter_mut().zip(results) {
        *slot = v;
    }
    Ok(())
}

/// The frame lookup the machine gives natives: frame `skip` above the native's guest caller.
pub type CallerLookup<'a> = &'a dyn Fn(usize) -> Option<TraceFrame>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::types::TypeTable;

    fn call(callers: Option<CallerLookup>, skip: i64) -> (String, String, Value, Value) {
        let mut heap = Heap::new(1 << 20);
        let types = TypeTable::default();
        let mut out = Vec::new();
        let mut gas = 1000u64;
        let mut ctx = NativeCtx {
            heap: &mut heap,
            types: &types,
            out: &mut out,
            gas_left: &mut gas,
        };
        let mut slots = [Value::Int(skip), Value::Nil, Value::Nil, Value::Nil];
        caller_frame(&mut ctx, callers, &mut slots).expect("no failure");
        let s = |v: Value| String::from_utf8_lossy(ctx.str_bytes(v)).into_owned();
        (s(slots[0]), s(slots[1]), slots[2], slots[3])
    }

    #[test]
    fn reports_the_frame_asked_for() {
        let lookup = |skip: usize| {
            (skip < 2).then(|| TraceFrame {
                func: format!("p.f{skip}"),
                has_params: false,
                file: "dir/p_test.go".into(),
                line: 10 + skip as u32,
            })
        };
        let (func, file, line, ok) = call(Some(&lookup), 1);
        assert_eq!((func.as_str(), file.as_str()), ("p.f1", "dir/p_test.go"));
        assert_eq!((line, ok), (Value::Int(11), Value::Bool(true)));
        let (func, _, line, ok) = call(Some(&lookup), 2);
        assert_eq!(
            (func.as_str(), line, ok),
            ("", Value::Int(0), Value::Bool(false))
        );
        // A negative skip is no frame, not a crash.
        let (_, _, _, ok) = call(Some(&lookup), -1);
        assert_eq!(ok, Value::Bool(false));
    }

    #[test]
    fn without_lookup_there_is_no_frame() {
        let (_, _, _, ok) = call(None, 0);
        assert_eq!(ok, Value::Bool(false));
    }
}
