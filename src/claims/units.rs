//! Units of measure after a number, converted to one base unit per dimension, so that
//! "1,500 kilometers" and "940 miles", or "60 metres (200 feet)", compare as what
//! they are. Money is a dimension per currency (never converted).

use super::words::{self, List};
use crate::corpus::Corpus;

/// What a measure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    /// Metres.
    Length,
    /// Kilograms.
    Mass,
    /// Square metres.
    Area,
    /// Kilometres per hour.
    Speed,
    /// A share in percent.
    Percent,
    /// An amount of money in one currency (`USD`, `EUR`, `GBP`).
    Money(&'static str),
}

impl Dimension {
    /// The attribute name a measure of this dimension is shown as.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Length => "distance",
            Dimension::Mass => "weight",
            Dimension::Area => "area",
            Dimension::Speed => "speed",
            Dimension::Percent => "share",
            Dimension::Money("USD") => "amount (US dollars)",
            Dimension::Money("EUR") => "amount (euros)",
            Dimension::Money("GBP") => "amount (pounds)",
            Dimension::Money(_) => "amount",
        }
    }

    /// How a value in base units is shown ("1,500 m").
    pub fn show(self, v: f64) -> String {
        let n = |x: f64| super::number_text(x);
        match self {
            Dimension::Length if v >= 1000.0 => format!("{} km", n(v / 1000.0)),
            Dimension::Length => format!("{} m", n(v)),
            Dimension::Mass => format!("{} kg", n(v)),
            Dimension::Area => format!("{} m²", n(v)),
            Dimension::Speed => format!("{} km/h", n(v)),
            Dimension::Percent => format!("{}%", n(v)),
            Dimension::Money(code) => format!("{} {code}", n(v)),
        }
    }
}

/// Units written as one word (folded), their dimension and factor to the base unit (`[unit]`).
fn one_word(w: &str) -> Option<(Dimension, f64)> {
    let value = words::value(List::Unit, w)?;
    let (dim, factor) = value.split_once(',')?;
    let dim = match dim {
        "Length" => Dimension::Length,
        "Mass" => Dimension::Mass,
        "Area" => Dimension::Area,
        "Speed" => Dimension::Speed,
        "Percent" => Dimension::Percent,
        "USD" => Dimension::Money("USD"),
        "EUR" => Dimension::Money("EUR"),
        _ => return None,
    };
    Some((dim, crate::text::number::parse_f64(factor)?))
}

/// The unit at token `k` (after a number; `suffix` is a unit glued to the digits):
/// its dimension, its factor to the base unit and the token after it.
pub fn unit_at(c: &Corpus, d: usize, k: usize, last: usize, suffix: Option<&str>) -> Option<(Dimension, f64, usize)> {
    if let Some(s) = suffix {
        let (dim, f) = one_word(s)?;
        return Some((dim, f, k));
    }
    if k >= last {
        return None;
    }
    let w = super::tok(c, d, k);
    let next = |j: usize| if j < last { super::tok(c, d, j) } else { "" };
    // Two-word units first: "nautical miles", "square kilometres", "per cent", "km / h".
    match (w, next(k + 1)) {
        ("nautical", "miles" | "mile") => return Some((Dimension::Length, 1852.0, k + 2)),
        ("per", "cent") => return Some((Dimension::Percent, 1.0, k + 2)),
        ("square", unit) => {
            if let Some((Dimension::Length, f)) = one_word(unit) {
                return Some((Dimension::Area, f * f, k + 2));
            }
        }
        ("km", "/") if next(k + 2) == "h" => return Some((Dimension::Speed, 1.0, k + 3)),
        _ => {}
    }
    // "200-foot", "a 150-metre fall": a hyphen between the number and its unit.
    if w == "-" && k + 1 < last {
        if let Some((dim, f)) = one_word(next(k + 1)) {
            return Some((dim, f, k + 2));
        }
    }
    let (dim, f) = one_word(w)?;
    // "m" and "t" alone are too ambiguous after a number unless glued ("200m").
    if matches!(w, "m" | "t" | "g") && c.tokens[d][k].space_before {
        return None;
    }
    Some((dim, f, k + 1))
}

/// A currency sign right before token `k` ("$30 million", "€5bn", "£200").
pub fn currency_before(c: &Corpus, d: usize, k: usize, first: usize) -> Option<(Dimension, usize)> {
    if k <= first {
        return None;
    }
    let code = match c.word(d, k - 1) {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        _ => return None,
    };
    // "US$": the country prefix belongs to the sign.
    let start = if k >= first + 2 && matches!(c.word(d, k - 2), "US" | "U.S.") { k - 2 } else { k - 1 };
    Some((Dimension::Money(code), start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_convert_to_one_base() {
        let miles = one_word("miles").unwrap().1 * 940.0;
        let km = one_word("kilometers").unwrap().1 * 1500.0;
        assert!((miles - km).abs() / km < 0.02);
        assert_eq!(one_word("feet").unwrap().0, Dimension::Length);
        assert!(one_word("people").is_none());
    }
}
