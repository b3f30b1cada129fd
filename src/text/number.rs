//! Decimal numbers in the text as `f64`, without the standard library's float parser.
//!
//! `str::parse::<f64>` is correctly rounded for every input, which takes a 10 KB table
//! of 128-bit powers of five and the code around it: 15 KB of the gzipped WebAssembly
//! module. The numbers in news text ("20,000", "3.5", "27", "1e6") have few digits, and
//! for those a decimal fraction is computed exactly the same way with one IEEE
//! multiplication or division (Clinger's fast path: a mantissa below 2^53 and a power
//! of ten up to 10^22 are both exact, so the one rounding is the correct one).
//! [`parse_f64`] accepts the same grammar as `str::parse::<f64>` (sign, digits with an
//! optional point, `e`/`E` exponent, `inf`, `infinity`, `nan` in any case) and returns
//! the same value whenever the significant digits fit in 19 decimal digits and the
//! scaled value is exact in this sense; beyond that (more than 15 significant digits with a
//! large exponent) it can differ from the correctly rounded value in the last bit.

/// Exact powers of ten representable as `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// A number token's value: thousands separators (`,`, and the space some texts write
/// after a separator, "120, 000", "5. 9") dropped, then [`parse_f64`].
pub fn token_value(s: &str) -> Option<f64> {
    if s.bytes().any(|b| b == b',' || b == b' ') {
        let plain: String = s.chars().filter(|&c| c != ',' && c != ' ').collect();
        parse_f64(&plain)
    } else {
        parse_f64(s)
    }
}

/// `s` as a number, with `str::parse::<f64>`'s grammar (see the module notes on rounding).
pub fn parse_f64(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (neg, b) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let sign = |x: f64| if neg { -x } else { x };
    if b.eq_ignore_ascii_case(b"inf") || b.eq_ignore_ascii_case(b"infinity") {
        return Some(sign(f64::INFINITY));
    }
    if b.eq_ignore_ascii_case(b"nan") {
        return Some(sign(f64::NAN));
    }
    let mut i = 0;
    let mut mantissa: u64 = 0;
    let mut digits = 0usize; // significant digits kept in `mantissa`
    let mut dropped = false; // a non-zero digit did not fit
    let mut exp: i64 = 0;
    let mut any = false;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            any = true;
            let d = (c - b'0') as u64;
            if digits < 19 {
                if mantissa != 0 || d != 0 {
                    mantissa = mantissa * 10 + d;
                    digits += 1;
                }
                if seen_point {
                    exp -= 1;
                }
            } else {
                dropped |= d != 0;
                if !seen_point {
                    exp += 1;
                }
            }
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if !any {
        return None;
    }
    if i < b.len() {
        if b[i] != b'e' && b[i] != b'E' {
            return None;
        }
        i += 1;
        let (eneg, start) = match b.get(i) {
            Some(b'-') => (true, i + 1),
            Some(b'+') => (false, i + 1),
            _ => (false, i),
        };
        if start >= b.len() {
            return None;
        }
        let mut e: i64 = 0;
        for &c in &b[start..] {
            if !c.is_ascii_digit() {
                return None;
            }
            e = (e * 10 + (c - b'0') as i64).min(1 << 40);
        }
        exp += if eneg { -e } else { e };
    }
    if mantissa == 0 {
        return Some(sign(0.0));
    }
    let m = mantissa as f64;
    let exact = !dropped && mantissa <= 1 << 53;
    let value = if exact && (0..=22).contains(&exp) {
        m * POW10[exp as usize]
    } else if exact && (-22..0).contains(&exp) {
        m / POW10[(-exp) as usize]
    } else if exact
        && exp > 22
        && exp <= 22 + 15
        && mantissa.checked_mul(10u64.pow((exp - 22) as u32)).is_some_and(|v| v <= 1 << 53)
    {
        // "Disguised" fast path: the extra powers of ten go into the (still exact) mantissa.
        (mantissa * 10u64.pow((exp - 22) as u32)) as f64 * POW10[22]
    } else if exp > 308 + 19 {
        f64::INFINITY
    } else if exp < -343 {
        0.0
    } else {
        // Outside the exact range: scaled in steps (at most a last-bit difference).
        let mut v = m;
        let mut e = exp;
        while e > 0 {
            let k = e.min(22);
            v *= POW10[k as usize];
            e -= k;
        }
        while e < 0 {
            let k = (-e).min(22);
            v /= POW10[k as usize];
            e += k;
        }
        v
    };
    Some(sign(value))
}

#[cfg(test)]
mod tests {
    use super::parse_f64;

    fn same(s: &str) {
        let want = s.parse::<f64>().ok();
        let got = parse_f64(s);
        match (want, got) {
            (Some(a), Some(b)) => {
                assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()), "{s:?}: std {a:?}, ours {b:?}")
            }
            (a, b) => assert_eq!(a, b, "{s:?}"),
        }
    }

    #[test]
    fn the_standard_grammar() {
        for s in [
            "",
            "+",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "1,000",
            "27th",
            " 1",
            "1 ",
            "0x10",
            "1_000",
            "١٢",
            "--1",
            "+-1",
            "0",
            "-0",
            "+0",
            "00",
            "0.0",
            ".5",
            "5.",
            "-.5",
            "3.5",
            "20000",
            "1e6",
            "1E6",
            "2.5e-3",
            "1e+2",
            "007",
            "0.000001",
            "inf",
            "-inf",
            "Infinity",
            "INFINITY",
            "+inf",
            "nan",
            "NaN",
            "-nan",
            "infinit",
            "nana",
            "1e400",
            "1e-400",
            "9007199254740993",
            "123456789012345678901234567890",
            "0.1",
            "0.3",
        ] {
            same(s);
        }
        // Beyond the exact range: within a few units in the last place.
        for s in ["1.7976931348623157e308", "4.9e-300", "123456789.123456789e-40", "98765432109876543210e30"] {
            let (a, b) = (s.parse::<f64>().unwrap(), parse_f64(s).unwrap());
            assert!(((a - b) / a).abs() < 1e-15, "{s}: std {a:e}, ours {b:e}");
        }
    }

    #[test]
    fn every_short_number_as_std() {
        // Up to 15 significant digits with a point anywhere and exponents up to ±22:
        // the numbers news text has, and the range the fast path covers exactly.
        let mut seed = 0x9e3779b97f4a7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..200_000 {
            let n = 1 + (next() % 15) as usize;
            let mut s: String = (0..n).map(|_| char::from(b'0' + (next() % 10) as u8)).collect();
            if next() % 2 == 0 {
                let p = (next() % (n as u64 + 1)) as usize;
                s.insert(p, '.');
            }
            if next() % 4 == 0 {
                s.push_str(&format!("e{}", (next() % 15) as i64 - 7));
            }
            same(&s);
        }
    }
}
