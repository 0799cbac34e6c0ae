//! Natives of package math, computed in software so that results are identical on every CPU (never the
//! host's hardware transcendental functions): the elementary functions with CORE-MATH (`core-math` crate),
//! whose results are correctly rounded and therefore unique, the rest (rounding, Bessel functions, exact
//! operations) with the `libm` crate. Go's special cases (NaN, ±Inf, ±0 arguments) are applied here where
//! they differ from C's. Go's own algorithms are not always correctly rounded, so a few results differ from
//! Go's in the last bits (see math/tests.rs); common values (Exp(1), Log(10), Sin(1)...) match.

use amber_vm::value::Value;
use amber_vm::{NativeCtx, NativeError};

/// Gas of one elementary function evaluation.
const EVAL: u64 = 8;

fn f(slots: &[Value], i: usize) -> f64 {
    slots.get(i).map_or(0.0, |v| v.as_float())
}

fn unary(ctx: &mut NativeCtx, slots: &mut [Value], g: fn(f64) -> f64) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Float(g(s.as_float()));
    }
    Ok(())
}

fn binary(
    ctx: &mut NativeCtx,
    slots: &mut [Value],
    g: fn(f64, f64) -> f64,
) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    let r = g(f(slots, 0), f(slots, 1));
    if let Some(s) = slots.first_mut() {
        *s = Value::Float(r);
    }
    Ok(())
}

/// Go's Pow, whose special cases differ from C's for a few inputs.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == -1.0 && y.is_infinite() {
        return 1.0;
    }
    core_math::pow(x, y)
}

/// Go's Mod: the remainder of x/y with the sign of x (C's fmod).
pub fn modulo(x: f64, y: f64) -> f64 {
    libm::fmod(x, y)
}

/// Go's Log: the natural logarithm.
fn log(x: f64) -> f64 {
    core_math::log(x)
}

/// Go's Hypot: NaN only when neither argument is infinite.
fn hypot(p: f64, q: f64) -> f64 {
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    core_math::hypot(p, q)
}

/// Go's Acosh: NaN below 1.
fn acosh_go(x: f64) -> f64 {
    if x < 1.0 {
        return f64::NAN;
    }
    core_math::acosh(x)
}

/// Go's Nextafter: x itself when x == y (so Nextafter(0, -0) = 0).
fn nextafter_go(x: f64, y: f64) -> f64 {
    if x == y {
        return x;
    }
    libm::nextafter(x, y)
}

macro_rules! unary_natives {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            pub fn $name(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
                unary(ctx, slots, $f)
            }
        )*
    };
}

macro_rules! binary_natives {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            pub fn $name(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
                binary(ctx, slots, $f)
            }
        )*
    };
}

unary_natives! {
    sqrt => libm::sqrt,
    exp => core_math::exp,
    exp2 => core_math::exp2,
    expm1 => core_math::expm1,
    ln => log,
    log2 => core_math::log2,
    log10 => core_math::log10,
    log1p => core_math::log1p,
    sin => core_math::sin,
    cos => core_math::cos,
    tan => core_math::tan,
    asin => core_math::asin,
    acos => core_math::acos,
    atan => core_math::atan,
    sinh => core_math::sinh,
    cosh => core_math::cosh,
    tanh => core_math::tanh,
    asinh => core_math::asinh,
    acosh => acosh_go,
    atanh => core_math::atanh,
    floor => libm::floor,
    ceil => libm::ceil,
    trunc => libm::trunc,
    round => libm::round,
    round_to_even => libm::roundeven,
    cbrt => core_math::cbrt,
    erf => core_math::erf,
    erfc => core_math::erfc,
    gamma => core_math::tgamma,
    j0 => libm::j0,
    j1 => libm::j1,
    y0 => libm::y0,
    y1 => libm::y1,
}

binary_natives! {
    native_pow => pow,
    atan2 => core_math::atan2,
    native_mod => modulo,
    native_hypot => hypot,
    remainder => libm::remainder,
    nextafter => nextafter_go,
}

/// `FMA(x, y, z float64) float64`: x*y+z with one rounding.
pub fn fma(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    let r = libm::fma(f(slots, 0), f(slots, 1), f(slots, 2));
    if let Some(s) = slots.first_mut() {
        *s = Value::Float(r);
    }
    Ok(())
}

/// `Nextafter32(x, y float32) float32`.
pub fn nextafter32(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    let (x, y) = (f(slots, 0) as f32, f(slots, 1) as f32);
    let r = if x == y { x } else { libm::nextafterf(x, y) };
    if let Some(s) = slots.first_mut() {
        *s = Value::Float(f64::from(r));
    }
    Ok(())
}

/// `Frexp(f float64) (frac float64, exp int)`: Go returns (±0, 0), (±Inf, 0), (NaN, 0) unchanged.
pub fn frexp(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    let x = f(slots, 0);
    let (frac, e) = if x == 0.0 || x.is_infinite() || x.is_nan() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    if let [a, b, ..] = slots {
        *a = Value::Float(frac);
        *b = Value::Int(i64::from(e));
    }
    Ok(())
}

/// `Ldexp(frac float64, exp int) float64`.
pub fn ldexp(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    let x = f(slots, 0);
    let e = slots.get(1).map_or(0, |v| v.as_int());
    // Exponents beyond ±5000 saturate (over- or underflow) either way.
    let e = e.clamp(-5000, 5000) as i32;
    if let Some(s) = slots.first_mut() {
        *s = Value::Float(libm::ldexp(x, e));
    }
    Ok(())
}

/// `Modf(f float64) (int float64, frac float64)`: Go gives Modf(±Inf) = (±Inf, NaN).
pub fn modf(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    let x = f(slots, 0);
    let (int, frac) = if x.is_infinite() {
        (x, f64::NAN)
    } else {
        let (frac, int) = libm::modf(x);
        (int, frac)
    };
    if let [a, b, ..] = slots {
        *a = Value::Float(int);
        *b = Value::Float(frac);
    }
    Ok(())
}

/// `Lgamma(x float64) (lgamma float64, sign int)`.
pub fn lgamma(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(EVAL)?;
    let x = f(slots, 0);
    // Go: Lgamma(-Inf) = -Inf.
    let (l, sign) = if x == f64::NEG_INFINITY {
        (x, 1)
    } else if x == 0.0 {
        // Go: Lgamma(±0) = +Inf with sign 1.
        (f64::INFINITY, 1)
    } else {
        // The sign from libm, the (correctly rounded) magnitude from CORE-MATH.
        (core_math::lgamma(x), libm::lgamma_r(x).1)
    };
    if let [a, b, ..] = slots {
        *a = Value::Float(l);
        *b = Value::Int(if sign < 0 { -1 } else { 1 });
    }
    Ok(())
}

/// `Float64bits(f float64) uint64`.
pub fn float64bits(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(1)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(s.as_float().to_bits() as i64);
    }
    Ok(())
}

/// `Float64frombits(b uint64) float64`.
pub fn float64frombits(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(1)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Float(f64::from_bits(s.as_int() as u64));
    }
    Ok(())
}

/// `Float32bits(f float32) uint32`.
pub fn float32bits(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(1)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(i64::from((s.as_float() as f32).to_bits()));
    }
    Ok(())
}

/// `Float32frombits(b uint32) float32`.
pub fn float32frombits(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(1)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Float(f64::from(f32::from_bits(s.as_int() as u32)));
    }
    Ok(())
}

/// Registers every math native under `math.Name`.
pub fn register(n: &mut amber_vm::Natives) {
    let unary: &[(&str, amber_vm::native::NativeFn)] = &[
        ("Sqrt", sqrt),
        ("Exp", exp),
        ("Exp2", exp2),
        ("Expm1", expm1),
        ("Log", ln),
        ("Log2", log2),
        ("Log10", log10),
        ("Log1p", log1p),
        ("Sin", sin),
        ("Cos", cos),
        ("Tan", tan),
        ("Asin", asin),
        ("Acos", acos),
        ("Atan", atan),
        ("Sinh", sinh),
        ("Cosh", cosh),
        ("Tanh", tanh),
        ("Asinh", asinh),
        ("Acosh", acosh),
        ("Atanh", atanh),
        ("Floor", floor),
        ("Ceil", ceil),
        ("Trunc", trunc),
        ("Round", round),
        ("RoundToEven", round_to_even),
        ("Cbrt", cbrt),
        ("Erf", erf),
        ("Erfc", erfc),
        ("Gamma", gamma),
        ("J0", j0),
        ("J1", j1),
        ("Y0", y0),
        ("Y1", y1),
        ("Float64bits", float64bits),
        ("Float64frombits", float64frombits),
        ("Float32bits", float32bits),
        ("Float32frombits", float32frombits),
    ];
    for (name, f) in unary {
        n.register(&format!("math.{name}"), 1, 1, *f);
    }
    let binary: &[(&str, amber_vm::native::NativeFn)] = &[
        ("Pow", native_pow),
        ("Atan2", atan2),
        ("Mod", native_mod),
        ("Hypot", native_hypot),
        ("Remainder", remainder),
        ("Nextafter", nextafter),
        ("Nextafter32", nextafter32),
    ];
    for (name, f) in binary {
        n.register(&format!("math.{name}"), 2, 1, *f);
    }
    n.register("math.FMA", 3, 1, fma);
    n.register("math.Frexp", 1, 2, frexp);
    n.register("math.Ldexp", 2, 1, ldexp);
    n.register("math.Modf", 1, 2, modf);
    n.register("math.Lgamma", 1, 2, lgamma);
}

#[cfg(test)]
mod tests;
