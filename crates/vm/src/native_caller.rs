//! Natives that report where they were called from: `testing.callerFrame`, which gives package testing the
//! function, file and line of the test code that called `t.Errorf` & co. (Go prints `x_test.go:12: msg`).
//!
//! The native gets a [`CallerLookup`] from the machine (`NativeCtx::callers`): frame `skip` above the guest
//! function that called the native (0: that function), with the line of the call being executed in it, as a
//! stack trace shows it. Before a native call the machine stores only the running frame's pc and lends its
//! frames by reference, so the lookup costs nothing unless a native asks. Natives run outside that call path
//! (deferred natives, `NativeCtx::new`) get `None`, and callerFrame answers `ok == false` (testing prints `???:1`,
//! as Go does without caller information).

use crate::code::Image;
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
    let callers = ctx.callers;
    caller_frame(ctx, callers, args)
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

/// A frame of function `func` whose pc is `pc` (past the instruction being executed, as saved frames hold
/// it), as a stack trace shows it.
pub fn frame_trace(image: &Image, func: u32, pc: u32) -> Option<TraceFrame> {
    let f = image.funcs.get(func as usize)?;
    let line = f
        .lines
        .get((pc as usize).saturating_sub(1))
        .copied()
        .unwrap_or(0);
    Some(TraceFrame {
        func: f.name.to_string(),
        has_params: f.nparams > 0,
        file: image
            .files
            .get(f.file as usize)
            .cloned()
            .unwrap_or_default(),
        line,
    })
}

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
            callers: None,
            packages: &[],
            frames: &[],
            host: None,
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
    fn frame_positions_come_from_the_line_table() {
        let mut image = Image::new();
        image.files.push("p/p_test.go".into());
        let file = (image.files.len() - 1) as u32;
        let func = image.add_func(crate::code::Func {
            name: "p.TestX".into(),
            nparams: 1,
            lines: vec![3, 4, 4, 7].into(),
            file,
            ..crate::code::Func::default()
        });
        let f = frame_trace(&image, func, 3).expect("a frame");
        assert_eq!(
            (f.func.as_str(), f.file.as_str(), f.line),
            ("p.TestX", "p/p_test.go", 4)
        );
        assert!(f.has_params);
        assert_eq!(frame_trace(&image, func, 4).map(|f| f.line), Some(7));
        // Out-of-range pcs and functions give no position rather than a crash.
        assert_eq!(frame_trace(&image, func, 99).map(|f| f.line), Some(0));
        assert_eq!(frame_trace(&image, func + 1, 0), None);
    }

    #[test]
    fn without_lookup_there_is_no_frame() {
        let (_, _, _, ok) = call(None, 0);
        assert_eq!(ok, Value::Bool(false));
    }
}
