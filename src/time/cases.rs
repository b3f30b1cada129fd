//! End-to-end cases for [`super::find_timexes`]: sentence, DCT, expected timexes
//! (text, type, value, mod). Data-driven; one row per phenomenon.

use super::{find_timexes, TimexType};
use crate::span::Span;
use chrono::NaiveDate;

type Row = (&'static str, &'static str, &'static [(&'static str, &'static str, &'static str, Option<&'static str>)]);

const CASES: &[Row] = &[
    (
        "On Thursday, U.S. and Russian delegations met in Istanbul.",
        "2025-04-10",
        &[("Thursday", "DATE", "2025-04-10", None)],
    ),
    (
        "State Department spokesperson Tammy Bruce said on Tuesday that the talks were useful.",
        "2025-04-10",
        &[("Tuesday", "DATE", "2025-04-08", None)],
    ),
    (
        "Peskov told journalists on Wednesday that no agreement was reached.",
        "2025-04-10",
        &[("Wednesday", "DATE", "2025-04-09", None)],
    ),
    ("The two sides first met on February 27.", "2025-04-10", &[("February 27", "DATE", "2025-02-27", None)]),
    ("They held six hours of discussions.", "2025-04-10", &[("six hours", "DURATION", "PT6H", None)]),
    (
        "The meeting lasted more than six hours.",
        "2025-04-10",
        &[("more than six hours", "DURATION", "PT6H", Some("MORE_THAN"))],
    ),
    ("The talks took four to five hours.", "2025-04-10", &[("four to five hours", "DURATION", "PTXH", None)]),
    (
        "Relations worsened between 2016 and 2018.",
        "2025-04-10",
        &[("2016", "DATE", "2016", None), ("2018", "DATE", "2018", None)],
    ),
    ("The embassy was closed in 2022.", "2025-04-10", &[("2022", "DATE", "2022", None)]),
    ("In recent years, diplomats were expelled.", "2025-04-10", &[("recent years", "DATE", "PAST_REF", None)]),
    ("A new round may follow in the near future.", "2025-04-10", &[("the near future", "DATE", "FUTURE_REF", None)]),
    ("The delegations will meet on Thursday.", "2025-04-07", &[("Thursday", "DATE", "2025-04-10", None)]),
    (
        "Markets fell yesterday and last week, but rose last year.",
        "2025-04-10",
        &[
            ("yesterday", "DATE", "2025-04-09", None),
            ("last week", "DATE", "2025-W14", None),
            ("last year", "DATE", "2024", None),
        ],
    ),
    (
        "Sales rose in the first quarter and this spring.",
        "2025-04-10",
        &[("the first quarter", "DATE", "2025-Q1", None), ("this spring", "DATE", "2025-SP", None)],
    ),
    (
        "He left two years ago, in the 1990s, and in March 2025.",
        "2025-04-10",
        &[
            ("two years ago", "DATE", "2023", None),
            ("1990s", "DATE", "199", None),
            ("March 2025", "DATE", "2025-03", None),
        ],
    ),
    (
        "The vote is at 3 p.m. and results at 14:00 GMT.",
        "2025-04-10",
        &[("3 p.m.", "TIME", "2025-04-10T15:00", None), ("14:00 GMT", "TIME", "2025-04-10T14:00Z", None)],
    ),
    (
        "It met every week, reports daily and pays annually.",
        "2025-04-10",
        &[("every week", "SET", "P1W", None), ("daily", "SET", "P1D", None), ("annually", "SET", "P1Y", None)],
    ),
    (
        "He waited for years, several hours, a decade and the past five years.",
        "2025-04-10",
        &[
            ("years", "DURATION", "PXY", None),
            ("several hours", "DURATION", "PTXH", None),
            ("a decade", "DURATION", "P10Y", None),
            ("the past five years", "DURATION", "P5Y", None),
        ],
    ),
    (
        "Talks began on April 10, 2025. The next day they resumed.",
        "2025-04-20",
        &[("April 10, 2025", "DATE", "2025-04-10", None), ("The next day", "DATE", "2025-04-11", None)],
    ),
    (
        "Prices are now high; currently they rise. In the past it was calm.",
        "2025-04-10",
        &[
            ("now", "DATE", "PRESENT_REF", None),
            ("currently", "DATE", "PRESENT_REF", None),
            ("the past", "DATE", "PAST_REF", None),
        ],
    ),
    (
        "Shares fell earlier this year, in early 2009 and on 2025-04-10 and 4/10/2025.",
        "2025-04-10",
        &[
            ("earlier this year", "DATE", "2025", None),
            ("early 2009", "DATE", "2009", Some("START")),
            ("2025-04-10", "DATE", "2025-04-10", None),
            ("4/10/2025", "DATE", "2025-04-10", None),
        ],
    ),
    (
        "It opened on 10 April and Feb. 27, twenty-five days after the vote.",
        "2025-04-20",
        &[
            ("10 April", "DATE", "2025-04-10", None),
            ("Feb. 27", "DATE", "2025-02-27", None),
            ("twenty-five days", "DURATION", "P25D", None),
        ],
    ),
    (
        "It opened on Feb. 27 and closed two days later.",
        "2025-04-20",
        &[("Feb. 27", "DATE", "2025-02-27", None), ("two days later", "DATE", "2025-03-01", None)],
    ),
    (
        "On the morning of March 11 they met twice a week, until the early hours of Sunday.",
        "2025-04-10",
        &[
            ("the morning of March 11", "TIME", "2025-03-11TMO", None),
            ("twice a week", "SET", "P1W", None),
            ("the early hours of Sunday", "TIME", "2025-04-06TNI", None),
        ],
    ),
    ("Theresa May said 2,000 people may come in May.", "2025-04-10", &[("May", "DATE", "2025-05", None)]),
    (
        "It will be held this week and next month.",
        "2025-04-10",
        &[("this week", "DATE", "2025-W15", None), ("next month", "DATE", "2025-05", None)],
    ),
];

#[test]
fn table() {
    for (text, dct, want) in CASES {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        let got = find_timexes(text, &[Span::new(0, text.len())], dct);
        let got: Vec<_> =
            got.iter().map(|t| (t.span.of(text), t.kind.as_str(), t.value.as_str(), t.modifier)).collect();
        let want: Vec<_> = want.iter().map(|w| (w.0, w.1, w.2, w.3)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn without_dct_values_have_unknowns() {
    let text = "On Thursday they met; on April 10 they signed, yesterday they left.";
    let got = find_timexes(text, &[Span::new(0, text.len())], None);
    let vals: Vec<_> = got.iter().map(|t| (t.value.as_str(), t.relative)).collect();
    assert_eq!(vals, [("XXXX-WXX-4", true), ("XXXX-04-10", true), ("PAST_REF", true)]);
    assert_eq!(got[0].kind, TimexType::Date);
}

#[test]
fn precision_and_basis() {
    use super::{Basis, Precision};
    let text = "On March 11, 2005 he fled. The next day he was caught at 3 p.m. He spoke yesterday.";
    let got = find_timexes(text, &[Span::new(0, text.len())], NaiveDate::from_ymd_opt(2008, 12, 13));
    let rows: Vec<_> = got.iter().map(|t| (t.span.of(text), t.value.as_str(), t.precision(), t.basis)).collect();
    let first = got[0].span;
    let next_day = got[1].span;
    assert_eq!(
        rows,
        [
            ("March 11, 2005", "2005-03-11", Some(Precision::Day), Basis::Stated),
            ("The next day", "2005-03-12", Some(Precision::Day), Basis::Discourse(first)),
            ("3 p.m.", "2005-03-12T15:00", Some(Precision::Minute), Basis::Discourse(next_day)),
            ("yesterday", "2008-12-12", Some(Precision::Day), Basis::DocumentDate),
        ]
    );
    for (v, p) in [
        ("2005-11-27T13:53+03:30", Some(Precision::Minute)),
        ("2010-05-05T23:37:00", Some(Precision::Second)),
        ("2013-09-15TAF", Some(Precision::PartOfDay)),
        ("2013-W37-WE", Some(Precision::Week)),
        ("2025-WI", Some(Precision::Season)),
        ("2025-Q1", Some(Precision::Season)),
        ("199", Some(Precision::Decade)),
        ("XXXX-04-10", None),
        ("PAST_REF", None),
    ] {
        assert_eq!(Precision::of(v), p, "{v}");
    }
}

#[test]
fn later_that_day_falls_in_the_month_mentioned() {
    let text = "He was tried in March 2005. Later that day he fled.";
    let got = find_timexes(text, &[Span::new(0, 27), Span::new(28, text.len())], NaiveDate::from_ymd_opt(2008, 12, 13));
    let vals: Vec<_> = got.iter().map(|t| (t.span.of(text), t.value.as_str())).collect();
    assert_eq!(vals, [("March 2005", "2005-03"), ("that day", "2005-03")]);
}

#[test]
fn robust_on_odd_input() {
    let weird = "😀 the past 😀 April 31 2025-13-45 99/99/9999 every every the end of the the 1990 s mid- Q4 fiscal "
        .repeat(200);
    let sents = [Span::new(0, weird.len()), Span { start: 3, end: 1 }, Span::new(0, weird.len() + 5)];
    let got = find_timexes(&weird, &sents, NaiveDate::from_ymd_opt(2025, 4, 10));
    assert!(got.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    for t in &got {
        assert!(weird.is_char_boundary(t.span.start) && weird.is_char_boundary(t.span.end));
    }
}
