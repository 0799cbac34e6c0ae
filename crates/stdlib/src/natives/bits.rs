//! Natives for the `//amber:native` functions of math/bits and crypto/sha256.

use amber_vm::heap::Obj;
use amber_vm::value::Value;
use amber_vm::{NativeCtx, NativeError};

use super::heap_util::byte_slice;

/// A one-argument uint64 → int native.
fn unary(ctx: &mut NativeCtx, slots: &mut [Value], f: fn(u64) -> u32) -> Result<(), NativeError> {
    ctx.charge(1)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(i64::from(f(s.as_int() as u64)));
    }
    Ok(())
}

pub fn trailing_zeros64(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    unary(ctx, slots, u64::trailing_zeros)
}

pub fn ones_count64(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    unary(ctx, slots, u64::count_ones)
}

pub fn len64(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    unary(ctx, slots, |x| 64 - x.leading_zeros())
}

/// `bits.Mul64(x, y uint64) (hi, lo uint64)`.
pub fn mul64(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(1)?;
    if let [x, y, ..] = slots {
        let p = u128::from(x.as_int() as u64) * u128::from(y.as_int() as u64);
        *x = Value::Int((p >> 64) as u64 as i64);
        *y = Value::Int(p as u64 as i64);
    }
    Ok(())
}

/// `bits.Div64(hi, lo, y uint64) (quo, rem uint64)`: panics on y == 0 and on quotient overflow (y <= hi).
pub fn div64(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(1)?;
    let [hi, lo, y, ..] = *slots else {
        return Ok(());
    };
    let (hi, lo, y) = (hi.as_int() as u64, lo.as_int() as u64, y.as_int() as u64);
    if y == 0 {
        return Err(NativeError::RuntimeError("integer divide by zero".into()));
    }
    if y <= hi {
        return Err(NativeError::RuntimeError("integer overflow".into()));
    }
    let n = (u128::from(hi) << 64) | u128::from(lo);
    let (q, r) = (n / u128::from(y), n % u128::from(y));
    if let [a, b, ..] = slots {
        *a = Value::Int(q as u64 as i64);
        *b = Value::Int(r as u64 as i64);
    }
    Ok(())
}

/// `sha256.block(h *[8]uint32, p []byte)`: hashes the whole 64-byte blocks of p into h.
pub fn sha256_block(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let [h, p, ..] = *slots else {
        return Ok(());
    };
    let Value::Ref(hh) = h else {
        return Err(NativeError::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        ));
    };
    let data = byte_slice(ctx.heap, p);
    let nblocks = data.len() / 64;
    let blocks: Vec<sha2::digest::generic_array::GenericArray<u8, sha2::digest::consts::U64>> =
        data.chunks_exact(64)
            .map(sha2::digest::generic_array::GenericArray::clone_from_slice)
            .collect();
    ctx.charge(2 + nblocks as u64 * 40)?;
    let Some(Obj::Ints(state)) = ctx.heap.get_mut(hh) else {
        return Err(NativeError::Panic("sha256: bad state".into()));
    };
    let mut s = [0u32; 8];
    for (d, v) in s.iter_mut().zip(state.iter()) {
        *d = *v as u32;
    }
    sha2::compress256(&mut s, &blocks);
    for (d, v) in state.iter_mut().zip(s) {
        *d = i64::from(v);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use amber_vm::heap::Heap;
    use amber_vm::types::TypeTable;

    #[test]
    fn sha256_of_one_block_matches_the_standard() {
        let mut heap = Heap::new(1 << 20);
        let types = TypeTable::new();
        let mut gas = 1_000_000u64;
        let mut out = Vec::new();
        let init: Vec<i64> = [
            0x6a09e667u32,
            0xbb67ae85,
            0x3c6ef372,
            0xa54ff53a,
            0x510e527f,
            0x9b05688c,
            0x1f83d9ab,
            0x5be0cd19,
        ]
        .iter()
        .map(|&x| i64::from(x))
        .collect();
        let h = heap.alloc(Obj::Ints(init)).unwrap();
        // "abc" padded to one block.
        let mut block = vec![0u8; 64];
        block[..3].copy_from_slice(b"abc");
        block[3] = 0x80;
        block[63] = 24;
        let arr = heap.alloc(Obj::Bytes(block)).unwrap();
        let mut ctx = NativeCtx::new(&mut heap, &types, &mut out, &mut gas);
        let mut slots = [
            Value::Ref(h),
            Value::Slice {
                arr,
                off: 0,
                len: 64,
            },
        ];
        sha256_block(&mut ctx, &mut slots).unwrap();
        let Some(Obj::Ints(s)) = heap.get(h) else {
            panic!()
        };
        assert_eq!(s[0], 0xba7816bf);
        assert_eq!(s[7], 0xf20015ad);
    }

    #[test]
    fn div64_panics_like_go() {
        let mut heap = Heap::new(1 << 20);
        let types = TypeTable::new();
        let mut gas = 1000u64;
        let mut out = Vec::new();
        let mut ctx = NativeCtx::new(&mut heap, &types, &mut out, &mut gas);
        let mut s = [Value::Int(0), Value::Int(7), Value::Int(0)];
        assert_eq!(
            div64(&mut ctx, &mut s),
            Err(NativeError::RuntimeError("integer divide by zero".into()))
        );
        let mut s = [Value::Int(1), Value::Int(0), Value::Int(1)];
        assert_eq!(
            div64(&mut ctx, &mut s),
            Err(NativeError::RuntimeError("integer overflow".into()))
        );
        let mut s = [Value::Int(1), Value::Int(5), Value::Int(2)];
        div64(&mut ctx, &mut s).unwrap();
        assert_eq!(s[0].as_int() as u64, (1u64 << 63) + 2);
        assert_eq!(s[1].as_int(), 1);
    }
}
