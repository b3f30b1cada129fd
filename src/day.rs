//! Calendar days as the input gives them (`YYYY-MM-DD`): the one piece of date
//! handling stage 1 needs, below the time stage so that `document` does not depend
//! on `time` (#21).

use chrono::NaiveDate;

/// Parses `YYYY-MM-DD` (month and day may have one digit; the year a sign) like
/// chrono's `parse_from_str(s, "%Y-%m-%d")`, without chrono's format parser
/// (which would add ~15 kB to the WebAssembly module).
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let (neg, signed, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, true, &s[1..]),
        Some(b'+') => (false, true, &s[1..]),
        _ => (false, false, s),
    };
    let mut parts = rest.split('-');
    let num = |p: Option<&str>, max: usize| -> Option<i64> {
        let p = p?;
        (!p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
    };
    let (y, m, d) = (num(parts.next(), if signed { 9 } else { 4 })?, num(parts.next(), 2)?, num(parts.next(), 2)?);
    if parts.next().is_some() {
        return None;
    }
    let y = if neg { -y } else { y };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_like_chrono() {
        for s in [
            "2025-04-10",
            "2025-4-1",
            "0999-12-31",
            "2024-02-29",
            "2025-02-29",
            "2025-04-10x",
            "2025-04",
            "",
            "x",
            "2025--04-10",
            "+2025-04-10",
            "2025-04-1 ",
            "12345-01-01",
            "+12345-01-01",
            "-0044-03-15",
            "1-1-1",
        ] {
            assert_eq!(parse_day(s), NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(), "{s:?}");
        }
    }
}
