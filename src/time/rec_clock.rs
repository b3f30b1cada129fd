//! Clock times: "3 p.m.", "3:30pm", "14:00 GMT", "noon", "10 o'clock".
//!
//! TimeML 1.2.1: a time of day is a TIME whose value is the anchoring date plus
//! `Thh:mm`; a time-zone abbreviation right after it is inside the extent.

use super::expr::{Cand, Expr};
use super::recognize::at;
use super::scan::Tok;

/// Clock times: "3 p.m.", "3:30pm", "14:00 GMT", "noon", "10 o'clock".
pub fn clock(t: &[Tok], i: usize) -> Option<Cand> {
    let (mut h, mut m, mut j) = match at(t, i) {
        "noon" | "midday" => (12, 0, i + 1),
        "midnight" => (0, 0, i + 1),
        // Wire-style "0700 GMT", "1353 local time": four digits only with a zone after them.
        _ if t.get(i).is_some_and(|x| x.digits == 4)
            && (matches!(at(t, i + 1), "gmt" | "utc") || (at(t, i + 1) == "local" && at(t, i + 2) == "time")) =>
        {
            let n = t[i].num?;
            (n / 100, n % 100, i + 1)
        }
        _ => {
            let x = t.get(i)?;
            let h = x.num.filter(|_| x.digits <= 2)?;
            if at(t, i + 1) == ":" && t.get(i + 2).is_some_and(|y| y.digits == 2 && !y.space_before) {
                (h, t[i + 2].num.unwrap_or(0), i + 3)
            } else {
                (h, -1, i + 1)
            }
        }
    };
    let w = at(t, j);
    let ampm = if matches!(w, "am" | "pm") {
        j += 1;
        Some(w == "pm")
    } else if matches!(w, "a" | "p") && at(t, j + 1) == "." && at(t, j + 2) == "m" {
        j += if at(t, j + 3) == "." { 4 } else { 3 };
        Some(w == "p")
    } else if w == "o'clock" {
        j += 1;
        None
    } else {
        if m < 0 && !matches!(at(t, i), "noon" | "midday" | "midnight") {
            return None; // a bare number is no time
        }
        None
    };
    m = m.max(0);
    if let Some(pm) = ampm {
        if h > 12 || h == 0 {
            return None;
        }
        h = if pm { h % 12 + 12 } else { h % 12 };
    }
    if h > 24 || m > 59 {
        return None;
    }
    if super::lexicon::zone_offset(at(t, j)).is_some() {
        j += 1;
    } else if at(t, j) == "local" && at(t, j + 1) == "time" {
        j += 2;
    }
    Some(Cand::new(i, j, Expr::Clock(None, h as u32, m as u32)))
}
