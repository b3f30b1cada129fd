//! Sentence spans as the time stage reads them: the sentence splitter cuts after a
//! dot it takes for a full stop, which in texts rebuilt from tokens also ends "8."
//! in "at 8. 40am" and "a. m." in "10 a. m. Monday". Two sentences on one line are
//! read as one where the cut falls inside such a clock time.

use crate::span::Span;
use crate::text::chars::is_space;

/// `sents` (sorted) with each pair joined where the cut splits a clock time.
pub fn rejoin(text: &str, sents: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(sents.len());
    for s in sents {
        if let Some(prev) = out.last_mut() {
            if prev.end <= s.start && splits_clock(text, *prev, s) {
                prev.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Whether the cut between `a` and `b` (same line) falls inside a clock time.
fn splits_clock(text: &str, a: Span, b: Span) -> bool {
    let (Some(gap), Some(head), Some(tail)) =
        (text.get(a.end..b.start), text.get(a.start..a.end), text.get(b.start..b.end))
    else {
        return false;
    };
    if gap.is_empty() || gap.len() > 2 || !gap.chars().all(|c| is_space(c) && c != '\n' && c != '\r') {
        return false;
    }
    // Only the end of the first sentence matters ("8.", "a. m.").
    let tail_start = (0..=head.len().saturating_sub(8)).rev().find(|&k| head.is_char_boundary(k)).unwrap_or(0);
    let low = head[tail_start..].to_ascii_lowercase();
    // "at 8." + "40am": one or two digits after a space, then two digits and no third.
    let hour_dot = low.strip_suffix('.').is_some_and(|h| {
        let digits = h.bytes().rev().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && h.len() > digits && h[..h.len() - digits].ends_with(|c: char| c.is_whitespace())
    });
    let t = tail.as_bytes();
    if hour_dot
        && t.len() >= 2
        && t[0].is_ascii_digit()
        && t[1].is_ascii_digit()
        && t.get(2).is_none_or(|c| !c.is_ascii_digit())
    {
        return true;
    }
    // "10 a. m." + "Monday, he …": the day of the clock time.
    let meridiem = ["a. m.", "p. m.", "a.m.", "p.m."].iter().any(|m| low.ends_with(m));
    let first = tail.split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
    meridiem
        && (super::lexicon::weekday(&first).is_some() || matches!(first.as_str(), "today" | "yesterday" | "tomorrow"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(text: &'a str, cuts: &[usize]) -> Vec<&'a str> {
        let mut spans = Vec::new();
        let mut start = 0;
        for &c in cuts {
            spans.push(Span::new(start, c));
            start = c + 1;
        }
        spans.push(Span::new(start, text.len()));
        rejoin(text, spans).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn joins_clock_times_only() {
        assert_eq!(parts("Police came at 8. 40am on Saturday.", &[17]), ["Police came at 8. 40am on Saturday."]);
        assert_eq!(
            parts("Gunfire around 10 a. m. Monday, he said.", &[23]),
            ["Gunfire around 10 a. m. Monday, he said."]
        );
        assert_eq!(parts("He was born in 1998. 20 people came.", &[20]), ["He was born in 1998.", "20 people came."]);
        assert_eq!(parts("It rose 8. 40 people came.", &[10]), ["It rose 8. 40 people came."]);
        assert_eq!(parts("At 10 a. m. Police came.", &[11]), ["At 10 a. m.", "Police came."]);
    }
}
