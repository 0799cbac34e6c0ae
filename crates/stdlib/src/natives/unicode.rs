//! Natives of package unicode: general categories, simple case mappings, case folding, and the script and
//! property tables, from tables generated from Go 1.27 (Unicode 17.0.0; see gen/unicode_tables.go and
//! gen/unicode_scripts.go).

use amber_vm::value::Value;
use amber_vm::{NativeCtx, NativeError};

use super::unicode_scripts::{RUNS, TABLES};
use super::unicode_tables::{CASE_MAPPINGS, CATEGORY_RANGES, SIMPLE_FOLD};

/// Gas of one table lookup (a binary search over a few thousand entries).
const LOOKUP: u64 = 12;

/// The general category code of `r` (0 Cn ... 29 Co, as go/unicode/unicode.go numbers them).
pub fn general_category(r: i64) -> u8 {
    let Ok(r) = u32::try_from(r) else {
        return 0;
    };
    match CATEGORY_RANGES.binary_search_by(|&(lo, hi, _)| {
        if hi < r {
            std::cmp::Ordering::Less
        } else if lo > r {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => CATEGORY_RANGES.get(i).map_or(0, |e| e.2),
        Err(_) => 0,
    }
}

/// The simple case mapping of `r` for case `c` (0 upper, 1 lower, 2 title); `r` when there is none.
pub fn to_case(c: i64, r: i64) -> i64 {
    let Ok(key) = u32::try_from(r) else {
        return r;
    };
    match CASE_MAPPINGS.binary_search_by_key(&key, |e| e.0) {
        Ok(i) => CASE_MAPPINGS.get(i).map_or(r, |&(_, u, l, t)| {
            i64::from(match c {
                0 => u,
                1 => l,
                _ => t,
            })
        }),
        Err(_) => r,
    }
}

/// Go's `unicode.SimpleFold` for `0 <= r <= MaxRune`.
pub fn simple_fold(r: i64) -> i64 {
    let Ok(key) = u32::try_from(r) else {
        return r;
    };
    match SIMPLE_FOLD.binary_search_by_key(&key, |e| e.0) {
        Ok(i) => SIMPLE_FOLD.get(i).map_or(r, |e| i64::from(e.1)),
        Err(_) => r,
    }
}

/// Whether `r` is in script or property table `id` (1-based, as go/unicode/scripts.go numbers them).
pub fn in_table(id: i64, r: i64) -> bool {
    let Some(&(_, start, end)) = usize::try_from(id)
        .ok()
        .and_then(|id| id.checked_sub(1))
        .and_then(|i| TABLES.get(i))
    else {
        return false;
    };
    let (Ok(r), Some(runs)) = (u32::try_from(r), RUNS.get(start as usize..end as usize)) else {
        return false;
    };
    runs.binary_search_by(|&(lo, hi)| {
        if hi < r {
            std::cmp::Ordering::Less
        } else if lo > r {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// `unicode.inTable(id int, r rune) bool`.
pub fn native_in_table(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(LOOKUP)?;
    if let [id, r, ..] = slots {
        *id = Value::Bool(in_table(id.as_int(), r.as_int()));
    }
    Ok(())
}

/// `unicode.generalCategory(r rune) int`.
pub fn native_general_category(
    ctx: &mut NativeCtx,
    slots: &mut [Value],
) -> Result<(), NativeError> {
    ctx.charge(LOOKUP)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(i64::from(general_category(s.as_int())));
    }
    Ok(())
}

/// `unicode.toCase(c int, r rune) rune`.
pub fn native_to_case(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(LOOKUP)?;
    if let [c, r, ..] = slots {
        *c = Value::Int(to_case(c.as_int(), r.as_int()));
    }
    Ok(())
}

/// `unicode.simpleFold(r rune) rune`.
pub fn native_simple_fold(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(LOOKUP)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(simple_fold(s.as_int()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_like_go() {
        assert_eq!(general_category('A' as i64), 1);
        assert_eq!(general_category('a' as i64), 2);
        assert_eq!(general_category('ǅ' as i64), 3);
        assert_eq!(general_category('5' as i64), 9);
        assert_eq!(general_category(' ' as i64), 23);
        assert_eq!(general_category('\n' as i64), 26);
        assert_eq!(general_category('€' as i64), 20);
        assert_eq!(general_category(0xD800), 28);
        assert_eq!(general_category(0xE000), 29);
        assert_eq!(general_category(0x0378), 0); // unassigned
        assert_eq!(general_category(-1), 0);
        assert_eq!(general_category(0x110000), 0);
    }

    #[test]
    fn case_mappings_like_go() {
        assert_eq!(to_case(0, 'a' as i64), 'A' as i64);
        assert_eq!(to_case(1, 'Σ' as i64), 'σ' as i64);
        assert_eq!(to_case(2, 'ǆ' as i64), 'ǅ' as i64);
        assert_eq!(to_case(0, 'ǆ' as i64), 'Ǆ' as i64);
        assert_eq!(to_case(0, '1' as i64), '1' as i64);
        assert_eq!(to_case(0, -5), -5);
        assert_eq!(to_case(0, 'ß' as i64), 'ß' as i64);
        assert_eq!(to_case(1, 'İ' as i64), 'i' as i64);
    }

    fn table(name: &str) -> i64 {
        TABLES
            .iter()
            .position(|t| t.0 == name)
            .map_or(0, |i| i as i64 + 1)
    }

    #[test]
    fn scripts_and_properties_like_go() {
        assert!(in_table(table("Greek"), 'λ' as i64));
        assert!(!in_table(table("Greek"), 'a' as i64));
        assert!(in_table(table("Latin"), 'a' as i64));
        assert!(in_table(table("Han"), '中' as i64));
        assert!(in_table(table("Hiragana"), 'ひ' as i64));
        assert!(in_table(table("Cyrillic"), 'Ж' as i64));
        assert!(in_table(table("White_Space"), 0x85));
        assert!(!in_table(table("White_Space"), 'x' as i64));
        assert!(in_table(table("Dash"), '-' as i64));
        assert!(in_table(table("Quotation_Mark"), '"' as i64));
        assert!(!in_table(table("Greek"), -1));
        assert!(!in_table(0, 'a' as i64));
        assert!(!in_table(100_000, 'a' as i64));
    }

    #[test]
    fn fold_tables_like_go() {
        // FoldCategory["Lu"] holds the runes outside Lu that fold into it; FoldScript["Greek"] likewise.
        assert!(in_table(table("foldLu"), 'k' as i64));
        assert!(!in_table(table("foldLu"), 'K' as i64));
        assert!(in_table(table("foldLl"), 0x212A));
        assert!(in_table(table("foldGreek"), 0x345));
        assert!(!in_table(table("foldGreek"), 'a' as i64));
        assert!(in_table(table("foldInherited"), 0x1FBE));
    }

    #[test]
    fn simple_fold_orbits() {
        assert_eq!(simple_fold('A' as i64), 'a' as i64);
        assert_eq!(simple_fold('a' as i64), 'A' as i64);
        assert_eq!(simple_fold('K' as i64), 'k' as i64);
        assert_eq!(simple_fold('k' as i64), 0x212A); // Kelvin sign
        assert_eq!(simple_fold(0x212A), 'K' as i64);
        assert_eq!(simple_fold('1' as i64), '1' as i64);
    }
}
