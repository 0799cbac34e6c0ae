//! The Rust natives of the standard packages, registered by qualified name (`strings.IndexByte`,
//! `fmt.render`). See `go/NATIVES.md` for the contracts of the bodyless ones.

pub mod binary;
pub mod bits;
pub mod errors;
pub mod fmt;
pub mod heap_util;
pub mod math;
pub mod scan;
pub mod search;
pub mod sort;
pub mod strconv;
pub mod unicode;
#[rustfmt::skip]
mod unicode_scripts;
mod unicode_tables;

use amber_vm::Natives;

/// Every native of the standard library.
pub fn natives() -> Natives {
    let mut n = Natives::new();
    register(&mut n);
    n
}

/// Adds the standard library's natives to `n`.
pub fn register(n: &mut Natives) {
    // package testing asks the machine for its caller's position.
    amber_vm::native_caller::register(n);
    n.register("fmt.render", 5, 9, fmt::render);
    n.register("fmt.writeStdout", 1, 0, fmt::write_stdout);
    n.register("fmt.scanTarget", 1, 2, scan::scan_target);
    n.register("fmt.storeInt", 2, 0, scan::store_int);
    n.register("fmt.storeFloat", 2, 0, scan::store_float);
    n.register("fmt.storeComplex", 3, 0, scan::store_complex);
    n.register("fmt.storeString", 2, 0, scan::store_string);

    n.register("errors.isComparable", 1, 1, errors::is_comparable);
    n.register("errors.inspectAsTarget", 1, 2, errors::inspect_as_target);
    n.register("errors.assignToTarget", 2, 1, errors::assign_to_target);

    n.register(
        "unicode.generalCategory",
        1,
        1,
        unicode::native_general_category,
    );
    n.register("unicode.toCase", 2, 1, unicode::native_to_case);
    n.register("unicode.simpleFold", 1, 1, unicode::native_simple_fold);
    n.register("unicode.inTable", 2, 1, unicode::native_in_table);

    n.register("encoding/binary.dataSize", 2, 1, binary::data_size);
    n.register("encoding/binary.encodeValue", 3, 0, binary::encode_value);
    n.register("encoding/binary.decodeValue", 3, 0, binary::decode_value);
    n.register("encoding/binary.itemSizes", 1, 1, binary::item_sizes);

    n.register("sort.sliceInfo", 1, 2, sort::slice_info);
    n.register("sort.sliceSwap", 3, 0, sort::slice_swap);
    n.register("sort.Ints", 1, 0, sort::sort_ints);
    n.register("sort.Strings", 1, 0, sort::sort_strings);

    math::register(n);

    n.register("strconv.parseInt", 3, 2, strconv::parse_int);
    n.register("strconv.parseUint", 3, 2, strconv::parse_uint);
    n.register("strconv.parseFloat", 2, 2, strconv::parse_float);
    n.register("strconv.atoi", 1, 2, strconv::atoi);
    n.register("strconv.formatInt", 2, 1, strconv::format_int);
    n.register("strconv.formatUint", 2, 1, strconv::format_uint);
    n.register("strconv.formatFloat", 4, 1, strconv::format_float);
    n.register("strconv.quote", 2, 1, strconv::quote);
    n.register("strconv.quoteRune", 2, 1, strconv::quote_rune);
    n.register("strconv.unquote", 1, 2, strconv::unquote);
    n.register("strconv.unquoteChar", 2, 4, strconv::unquote_char);
    n.register("strconv.quotedPrefix", 1, 2, strconv::quoted_prefix);
    n.register("strconv.CanBackquote", 1, 1, strconv::can_backquote);
    n.register("strconv.IsPrint", 1, 1, strconv::is_print);
    n.register("strconv.IsGraphic", 1, 1, strconv::is_graphic);

    // //amber:native substitutes (the Go bodies are the reference).
    for pkg in ["strings", "bytes"] {
        n.register(&format!("{pkg}.Index"), 2, 1, search::native_index);
        n.register(&format!("{pkg}.LastIndex"), 2, 1, search::native_last_index);
        n.register(&format!("{pkg}.Count"), 2, 1, search::native_count);
        n.register(&format!("{pkg}.IndexByte"), 2, 1, search::native_index_byte);
    }
    n.register("bytes.Equal", 2, 1, search::native_equal);
    n.register("bytes.Compare", 2, 1, search::native_compare);
    n.register("unicode/utf8.RuneCount", 1, 1, search::native_rune_count);
    n.register(
        "unicode/utf8.RuneCountInString",
        1,
        1,
        search::native_rune_count,
    );
    n.register("unicode/utf8.Valid", 1, 1, search::native_valid);
    n.register("unicode/utf8.ValidString", 1, 1, search::native_valid);
    n.register("math/bits.TrailingZeros64", 1, 1, bits::trailing_zeros64);
    n.register("math/bits.OnesCount64", 1, 1, bits::ones_count64);
    n.register("math/bits.Len64", 1, 1, bits::len64);
    n.register("math/bits.Mul64", 2, 2, bits::mul64);
    n.register("math/bits.Div64", 3, 2, bits::div64);
    n.register("crypto/sha256.block", 2, 0, bits::sha256_block);
    // The chain registers the real `time.now` over this one.
    n.register("time.now", 0, 2, no_block_time);
}

/// `time.now` where no host gives a block time (the chain's natives replace it).
fn no_block_time(
    _: &mut amber_vm::NativeCtx,
    _: &mut [amber_vm::value::Value],
) -> Result<(), amber_vm::NativeError> {
    Err(amber_vm::NativeError::Panic(
        "time.Now: no block time".into(),
    ))
}

#[cfg(test)]
mod tests {
    use amber_syntax::ast::{Decl, ExprKind, Field, NodeIds};
    use amber_syntax::{parse_file, SourceMap};

    /// Number of slots a parameter or result list takes (one per name, one for an anonymous field).
    fn slots(fields: &[Field]) -> usize {
        fields.iter().map(|f| f.names.len().max(1)).sum()
    }

    /// Without a chain there is no block time: `time.Now` panics with a message that says so.
    #[test]
    fn time_now_without_a_chain_panics() {
        use amber_vm::heap::Heap;
        use amber_vm::types::TypeTable;
        use amber_vm::value::Value;
        use amber_vm::{NativeCtx, NativeError};
        let natives = super::natives();
        let now = natives.get("time.now").map(|d| d.f);
        let Some(now) = now else {
            panic!("time.now is not registered");
        };
        let mut heap = Heap::new(1 << 20);
        let types = TypeTable::new();
        let mut out = Vec::new();
        let mut gas = u64::MAX;
        let mut ctx = NativeCtx::new(&mut heap, &types, &mut out, &mut gas);
        let mut slots = vec![Value::Nil; 2];
        match now(&mut ctx, &mut slots) {
            Err(NativeError::Panic(msg)) => assert_eq!(msg, "time.Now: no block time"),
            _ => panic!("time.now did not panic"),
        }
    }

    /// Every function the Go sources declare without a body has a native under its qualified name, with the
    /// frame window its signature needs.
    #[test]
    fn every_bodyless_function_has_a_native() {
        let natives = super::natives();
        let mut missing = Vec::new();
        let mut checked = 0;
        for (path, files) in crate::sources::PACKAGES {
            for (name, src) in *files {
                let mut sm = SourceMap::new();
                let id = sm.add(*name, *src);
                let (file, diags) = parse_file(&sm, id, &mut NodeIds { next: 0 });
                assert!(diags.is_empty(), "{path}/{name} does not parse");
                for d in &file.decls {
                    let Decl::Func(fd) = d else { continue };
                    if fd.body.is_some() {
                        continue;
                    }
                    let mut nargs = slots(&fd.sig.params);
                    let qualified = match &fd.recv {
                        None => format!("{path}.{}", fd.name.name),
                        Some(r) => {
                            nargs += 1;
                            match &r.ty.kind {
                                ExprKind::Star(t) => match &t.kind {
                                    ExprKind::Ident(t) => {
                                        format!("{path}.(*{}).{}", t.name, fd.name.name)
                                    }
                                    _ => format!("{path}.?.{}", fd.name.name),
                                },
                                ExprKind::Ident(t) => format!("{path}.{}.{}", t.name, fd.name.name),
                                _ => format!("{path}.?.{}", fd.name.name),
                            }
                        }
                    };
                    checked += 1;
                    match natives.get(&qualified) {
                        None => missing.push(format!("{qualified} (not registered)")),
                        Some(def) => {
                            let nres = slots(&fd.sig.results);
                            if usize::from(def.nargs) != nargs || usize::from(def.nresults) != nres
                            {
                                missing.push(format!(
                                    "{qualified}: registered ({}, {}), declared ({nargs}, {nres})",
                                    def.nargs, def.nresults
                                ));
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 50, "only {checked} bodyless functions found");
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }
}
