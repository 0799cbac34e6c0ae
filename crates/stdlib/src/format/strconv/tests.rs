//! Table tests for strconv.rs against vectors produced by real Go (testdata/gen_strconv.go).

use super::*;

const VECTORS: &str = include_str!("../testdata/strconv.txt");

/// Decodes a hex field of the vector files ("-" is the empty string).
pub(crate) fn unhex(s: &str) -> Vec<u8> {
    if s == "-" {
        return Vec::new();
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn err_text(err: &Option<NumError>) -> Vec<u8> {
    err.as_ref().map(|e| e.message()).unwrap_or_default()
}

fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn go_vectors() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in VECTORS.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        count += 1;
        let mut check = |got: Vec<u8>, want: Vec<u8>| {
            if got != want {
                failures.push(format!(
                    "{line}\n   got  {:?}\n   want {:?}",
                    show(&got),
                    show(&want)
                ));
            }
        };
        match f[0] {
            "fi" | "fu" => {
                let mut out = Vec::new();
                let base: u32 = f[2].parse().unwrap();
                if f[0] == "fi" {
                    format_int(&mut out, f[1].parse().unwrap(), base).unwrap();
                } else {
                    format_uint(&mut out, f[1].parse().unwrap(), base).unwrap();
                }
                check(out, unhex(f[3]));
            }
            "pi" | "pu" => {
                let s = unhex(f[1]);
                let (base, bits) = (f[2].parse().unwrap(), f[3].parse().unwrap());
                let (v, err) = if f[0] == "pi" {
                    let (v, e) = parse_int(&s, base, bits);
                    (v.to_string(), e)
                } else {
                    let (v, e) = parse_uint(&s, base, bits);
                    (v.to_string(), e)
                };
                check(v.into_bytes(), f[4].as_bytes().to_vec());
                check(err_text(&err), unhex(f[5]));
            }
            "atoi" => {
                let (v, err) = atoi(&unhex(f[1]));
                check(v.to_string().into_bytes(), f[2].as_bytes().to_vec());
                check(err_text(&err), unhex(f[3]));
            }
            "pb" => {
                let r = parse_bool(&unhex(f[1]));
                let v = *r.as_ref().unwrap_or(&false);
                check(v.to_string().into_bytes(), f[2].as_bytes().to_vec());
                check(
                    r.err().map(|e| e.message()).unwrap_or_default(),
                    unhex(f[3]),
                );
            }
            "pf" => {
                let (v, err) = parse_float(&unhex(f[1]), f[2].parse().unwrap());
                let want = u64::from_str_radix(f[3], 16).unwrap();
                let same = v.to_bits() == want || (v.is_nan() && f64::from_bits(want).is_nan());
                if !same {
                    check(
                        format!("{:016x}", v.to_bits()).into_bytes(),
                        f[3].as_bytes().to_vec(),
                    );
                }
                check(err_text(&err), unhex(f[4]));
            }
            "ff" => {
                let v = f64::from_bits(u64::from_str_radix(f[1], 16).unwrap());
                let mut out = Vec::new();
                format_float(
                    &mut out,
                    v,
                    f[2].as_bytes()[0],
                    f[3].parse().unwrap(),
                    f[4].parse().unwrap(),
                );
                check(out, unhex(f[5]));
            }
            "q" => {
                let s = unhex(f[2]);
                let mut out = Vec::new();
                match f[1] {
                    "Quote" => quote(&mut out, &s),
                    "QuoteToASCII" => quote_to_ascii(&mut out, &s),
                    "QuoteToGraphic" => quote_to_graphic(&mut out, &s),
                    _ => out = can_backquote(&s).to_string().into_bytes(),
                }
                check(out, unhex(f[3]));
            }
            "qr" => {
                let r: i64 = f[2].parse().unwrap();
                let mut out = Vec::new();
                match f[1] {
                    "QuoteRune" => quote_rune(&mut out, r),
                    "QuoteRuneToASCII" => quote_rune_to_ascii(&mut out, r),
                    _ => quote_rune_to_graphic(&mut out, r),
                }
                check(out, unhex(f[3]));
            }
            "uq" => {
                let got = match unquote(&unhex(f[1])) {
                    Ok(v) if v.is_empty() => b"-".to_vec(),
                    Ok(v) => v
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect::<String>()
                        .into_bytes(),
                    Err(ErrSyntax) => b"ERR".to_vec(),
                };
                check(got, f[2].as_bytes().to_vec());
            }
            "uc" => {
                let q: u8 = f[2].parse().unwrap();
                let got = match unquote_char(&unhex(f[1]), q) {
                    Ok(c) => format!("{}\t{}\t{}", c.value, c.multibyte, c.consumed),
                    Err(ErrSyntax) => "ERR".to_string(),
                };
                check(got.into_bytes(), f[3..].join("\t").into_bytes());
            }
            "qp" => {
                let input = unhex(f[1]);
                let got = match quoted_prefix(&input) {
                    Ok([]) => b"-".to_vec(),
                    Ok(v) => v
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect::<String>()
                        .into_bytes(),
                    Err(ErrSyntax) => b"ERR".to_vec(),
                };
                check(got, f[2].as_bytes().to_vec());
            }
            "fc" => {
                let re = f64::from_bits(u64::from_str_radix(f[1], 16).unwrap());
                let im = f64::from_bits(u64::from_str_radix(f[2], 16).unwrap());
                let mut out = Vec::new();
                format_complex(
                    &mut out,
                    re,
                    im,
                    f[3].as_bytes()[0],
                    f[4].parse().unwrap(),
                    f[5].parse().unwrap(),
                );
                check(out, unhex(f[6]));
            }
            tag => panic!("unknown tag {tag}"),
        }
    }
    assert!(count > 10_000, "vectors missing");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn is_print_samples() {
    // Spot checks against Go: strconv.IsPrint / IsGraphic.
    assert!(is_print(' ' as i64));
    assert!(!is_print('\t' as i64));
    assert!(!is_print(0xA0)); // no-break space: graphic, not printable
    assert!(is_graphic(0xA0));
    assert!(!is_print(0xAD)); // soft hyphen (Cf)
    assert!(is_print(0x1F600));
    assert!(!is_print(0xD800));
    assert!(!is_print(-1));
    assert!(!is_print(0x110000));
    assert!(!is_graphic(0x2028));
}

#[test]
fn errors_read_like_go() {
    let (_, err) = parse_int(b"x", 10, 64);
    assert_eq!(
        show(&err.unwrap().message()),
        r#"strconv.ParseInt: parsing "x": invalid syntax"#
    );
    let (v, err) = parse_int(b"300", 10, 8);
    assert_eq!(v, 127);
    assert_eq!(
        show(&err.unwrap().message()),
        r#"strconv.ParseInt: parsing "300": value out of range"#
    );
    let (_, err) = atoi(b"1x");
    assert_eq!(
        show(&err.unwrap().message()),
        r#"strconv.Atoi: parsing "1x": invalid syntax"#
    );
}
