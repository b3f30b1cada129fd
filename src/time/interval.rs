//! The calendar interval a TIMEX3 date value covers (`2025` → all of 2025,
//! `2025-W15` → that ISO week, `2025-Q1`, `2025-SU`, `199` → the 1990s), for
//! placing events before, around or after a document's date.

use chrono::{NaiveDate, Weekday};

/// First and last day of the period a TIMEX3 date value names; `None` for values
/// with unknowns (`XXXX-04-10`), references (`PAST_REF`) or ranges.
pub fn interval(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let v = value.split('T').next()?;
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
    let month_end =
        |y: i32, m: u32| if m == 12 { ymd(y, 12, 31) } else { ymd(y, m + 1, 1).map(|d| d.pred_opt().unwrap_or(d)) };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match v.len() {
        2 if digits(v) => {
            let c: i32 = v.parse().ok()?;
            return Some((ymd(c * 100, 1, 1)?, ymd(c * 100 + 99, 12, 31)?));
        }
        3 if digits(v) => {
            let d: i32 = v.parse().ok()?;
            return Some((ymd(d * 10, 1, 1)?, ymd(d * 10 + 9, 12, 31)?));
        }
        4 if digits(v) => {
            let y: i32 = v.parse().ok()?;
            return Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?));
        }
        _ => {}
    }
    let (year, rest) = v.split_once('-')?;
    if !digits(year) || year.len() != 4 {
        return None;
    }
    let y: i32 = year.parse().ok()?;
    if let Some(w) = rest.strip_prefix('W') {
        let w: u32 = w.split('-').next()?.parse().ok()?;
        let start = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
        return Some((start, start + chrono::Duration::days(6)));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        return Some((ymd(y, 3 * q - 2, 1)?, month_end(y, 3 * q)?));
    }
    let season = match rest {
        "SP" => Some((3, 5)),
        "SU" => Some((6, 8)),
        "FA" => Some((9, 11)),
        "H1" => Some((1, 6)),
        "H2" => Some((7, 12)),
        _ => None,
    };
    if let Some((a, b)) = season {
        return Some((ymd(y, a, 1)?, month_end(y, b)?));
    }
    if rest == "WI" {
        return Some((ymd(y, 12, 1)?, month_end(y + 1, 2)?));
    }
    let mut parts = rest.split('-');
    let m: u32 = parts.next().filter(|s| digits(s))?.parse().ok()?;
    match parts.next() {
        None => Some((ymd(y, m, 1)?, month_end(y, m)?)),
        Some(d) if digits(d) => {
            let day = ymd(y, m, d.parse().ok()?)?;
            Some((day, day))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(v: &str) -> Option<(String, String)> {
        interval(v).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    #[test]
    fn periods() {
        assert_eq!(iv("2025"), Some(("2025-01-01".into(), "2025-12-31".into())));
        assert_eq!(iv("2025-02"), Some(("2025-02-01".into(), "2025-02-28".into())));
        assert_eq!(iv("2025-04-10"), Some(("2025-04-10".into(), "2025-04-10".into())));
        assert_eq!(iv("2025-W15"), Some(("2025-04-07".into(), "2025-04-13".into())));
        assert_eq!(iv("2025-Q1"), Some(("2025-01-01".into(), "2025-03-31".into())));
        assert_eq!(iv("199"), Some(("1990-01-01".into(), "1999-12-31".into())));
        assert_eq!(iv("2024-03-03TNI"), Some(("2024-03-03".into(), "2024-03-03".into())));
        assert_eq!(iv("XXXX-04-10"), None);
        assert_eq!(iv("PAST_REF"), None);
    }
}
