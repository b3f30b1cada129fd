//! Stage 1: documents → normalised text, with boilerplate kept out of the analysis.
//!
//! The normalised text is what every public offset indexes, so normalisation only
//! does what a reader would not notice: byte order marks, NUL and control
//! characters removed, CRLF and lone CR turned into LF, tabs and exotic spaces
//! into plain spaces, trailing spaces and runs of blank lines trimmed.
//! Boilerplate (comment forms, "Read more:" links, credits) is *not* deleted:
//! its lines are listed in [`Document::excluded`] and skipped by later stages.

use crate::boilerplate::{classify_line, LineKind};
use crate::input::{check_published, clean_metadata, InputDocument};
use crate::span::Span;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// A line kept out of the analysis, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excluded {
    /// The line (without its newline).
    pub span: Span,
    /// Short machine-readable reason, e.g. `comment-form`.
    pub reason: &'static str,
}

/// One normalised document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Unique id within the set.
    pub id: String,
    /// Outlet or author as given, or found in a dateline such as "Istanbul (Reuters) –".
    pub source: Option<String>,
    /// Whether `source` was found in the text rather than given.
    pub source_from_text: bool,
    /// Headline as given, or the first line when it looks like one.
    pub title: Option<String>,
    /// Publication date given by the user.
    pub published_given: Option<NaiveDate>,
    /// The normalised text: the string all offsets index.
    pub text: String,
    /// Lines kept out of the analysis, in text order.
    pub excluded: Vec<Excluded>,
    /// The outlet's name in a dateline ("Istanbul (Reuters) –"): not a participant.
    pub dateline: Option<Span>,
}

/// Stage 1 over the whole input: every document normalised, ids made unique (a repeated id
/// gets `-2`, `-3`, … appended), and the warnings as `(document id, message)` in input order.
pub fn from_inputs(inputs: &[InputDocument]) -> (Vec<Document>, Vec<(String, String)>) {
    let mut warnings = Vec::new();
    let mut docs = Vec::with_capacity(inputs.len());
    let mut seen = BTreeSet::new();
    for (i, d) in inputs.iter().enumerate() {
        let (mut doc, doc_warnings) = Document::from_input(d, i);
        if !seen.insert(doc.id.clone()) {
            let mut n = 2;
            while seen.contains(&format!("{}-{n}", doc.id)) {
                n += 1;
            }
            warnings.push((doc.id.clone(), format!("duplicate id; renamed to {}-{n}", doc.id)));
            doc.id = format!("{}-{n}", doc.id);
            seen.insert(doc.id.clone());
        }
        for w in doc_warnings {
            warnings.push((doc.id.clone(), w));
        }
        docs.push(doc);
    }
    (docs, warnings)
}

impl Document {
    /// Normalises one input document; `index` (0-based) names it when it has no id.
    pub fn from_input(input: &InputDocument, index: usize) -> (Document, Vec<String>) {
        let mut warnings = Vec::new();
        let text = normalize_text(&input.text);
        // Checked against the contract first (ISO dates, years 1 to 9999), then read.
        let published_given = match input.published.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(p) => match check_published(p) {
                Ok(()) => crate::day::parse_day(p),
                Err(why) => {
                    warnings.push(why);
                    None
                }
            },
        };
        let id = match input.id.as_deref().map(clean_metadata) {
            Some(s) if !s.is_empty() => s,
            _ => format!("doc{}", index + 1),
        };
        let excluded = find_excluded(&text);
        let mut doc = Document {
            id,
            source: clean_opt(input.source.as_deref()),
            source_from_text: false,
            title: clean_opt(input.title.as_deref()),
            published_given,
            text,
            excluded,
            dateline: None,
        };
        if doc.title.is_none() {
            doc.title = headline(&doc.text).map(str::to_string);
        }
        if let Some(s) = dateline_outlet(&doc.text) {
            let start = s.as_ptr() as usize - doc.text.as_ptr() as usize;
            doc.dateline = Some(Span::new(start, start + s.len()));
            if doc.source.is_none() {
                doc.source = Some(s.to_string());
                doc.source_from_text = true;
            }
        }
        (doc, warnings)
    }

    /// True when `span` overlaps an excluded line: a binary search, as
    /// [`Document::excluded`] is in text order and its lines do not overlap.
    pub fn is_excluded(&self, span: Span) -> bool {
        let i = self.excluded.partition_point(|e| e.span.end <= span.start);
        self.excluded.get(i).is_some_and(|e| e.span.overlaps(span))
    }

    /// The lines that are analysed, as spans (excluded lines and blank lines skipped),
    /// in one pass over the text and the excluded lines together (both in text order).
    pub fn analysed_lines(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut excluded = self.excluded.iter().map(|e| e.span).peekable();
        for line in self.text.split('\n') {
            let span = Span::new(start, start + line.len());
            start = span.end + 1;
            while excluded.next_if(|e| e.start < span.start).is_some() {}
            let is_excluded = excluded.next_if_eq(&span).is_some();
            if !line.trim().is_empty() && !is_excluded {
                out.push(span);
            }
        }
        out
    }
}

/// A metadata field without control characters or runs of whitespace; `None` when empty.
fn clean_opt(s: Option<&str>) -> Option<String> {
    s.map(clean_metadata).filter(|s| !s.is_empty())
}

/// Normalises raw text as described in the module docs.
pub fn normalize_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    // Printable ASCII is copied in runs; every other character is looked at alone.
    let b = raw.as_bytes();
    let (mut i, mut run) = (0, 0);
    while i < b.len() {
        if (0x20..0x7f).contains(&b[i]) {
            i += 1;
            continue;
        }
        out.push_str(&raw[run..i]);
        let c = raw[i..].chars().next().unwrap_or_default();
        i += c.len_utf8();
        match c {
            '\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' | '\u{000B}' | '\u{000C}' => out.push(' '),
            '\u{FEFF}' | '\u{200B}' | '\u{00AD}' => {}
            '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push('\n'),
            c if c.is_control() => {}
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
        run = i;
    }
    out.push_str(&raw[run..]);
    // Trim trailing spaces on each line and collapse runs of blank lines to one.
    let mut result = String::with_capacity(out.len());
    let mut blank_run = 0;
    for line in out.split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !result.is_empty() {
            result.push('\n');
            if blank_run > 0 {
                result.push('\n');
            }
        }
        blank_run = 0;
        result.push_str(line);
    }
    result
}

fn find_excluded(text: &str) -> Vec<Excluded> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_line: Option<&str> = None;
    let mut in_footer = false;
    for line in text.split('\n') {
        let span = Span::new(start, start + line.len());
        start = span.end + 1;
        if line.trim().is_empty() {
            continue;
        }
        let kind = classify_line(line);
        let reason = match kind {
            LineKind::Footer(r) => {
                in_footer = true;
                Some(r)
            }
            LineKind::Boilerplate(r) => Some(r),
            LineKind::Content if in_footer && line.len() < 200 => Some("footer"),
            LineKind::Content if prev_line == Some(line.trim()) => Some("repeated-line"),
            LineKind::Content => None,
        };
        if let Some(reason) = reason {
            out.push(Excluded { span, reason });
        }
        prev_line = Some(line.trim());
    }
    out
}

/// The first line, when it reads like a headline: short, no final full stop,
/// followed by a blank line or a repeat of itself.
fn headline(text: &str) -> Option<&str> {
    let mut lines = text.split('\n');
    let first = lines.next()?.trim();
    let second = lines.next().map(str::trim);
    let words = first.split_whitespace().count();
    let looks =
        (2..=20).contains(&words) && !first.ends_with('.') && !first.ends_with(':') && matches!(second, Some(""));
    looks.then_some(first)
}

/// The outlet in a dateline such as `ISTANBUL (Reuters) –` or `Istanbul (Brussels Morning Newspaper) -`.
fn dateline_outlet(text: &str) -> Option<&str> {
    let first = text.split('\n').find(|l| !l.trim().is_empty())?;
    let open = first.find('(')?;
    if open == 0 || open > 40 {
        return None;
    }
    let place = first[..open].trim();
    if place.is_empty() || !place.chars().next()?.is_uppercase() || place.split_whitespace().count() > 4 {
        return None;
    }
    let close = open + first[open..].find(')')?;
    let outlet = first[open + 1..close].trim();
    let after = first[close + 1..].trim_start();
    let dash = after.starts_with('–') || after.starts_with('—') || after.starts_with('-');
    let ok = dash
        && !outlet.is_empty()
        && outlet.len() <= 60
        && outlet.chars().next()?.is_uppercase()
        && !outlet.chars().any(|c| c.is_ascii_digit());
    ok.then_some(outlet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_line_ends_and_controls() {
        assert_eq!(normalize_text("\u{FEFF}a\r\nb\rc\0d\t e  \n\n\n\nf"), "a\nb\ncd  e\n\nf");
    }

    #[test]
    fn finds_dateline_outlet() {
        assert_eq!(dateline_outlet("ISTANBUL (Reuters) - Talks began."), Some("Reuters"));
        assert_eq!(dateline_outlet("The talks (which began) - no"), None);
    }

    #[test]
    fn excluded_lines_are_found_in_order() {
        let input = InputDocument {
            text: "Talks began.\nRead more: x\nTalks began.\nTalks began.\n\nThey ended.\nLeave a reply\nName".into(),
            ..Default::default()
        };
        let (d, _) = Document::from_input(&input, 0);
        let lines: Vec<&str> = d.analysed_lines().iter().map(|s| s.of(&d.text)).collect();
        assert_eq!(lines, ["Talks began.", "Talks began.", "They ended."]);
        let reasons: Vec<&str> = d.excluded.iter().map(|e| e.reason).collect();
        assert_eq!(reasons, ["link", "repeated-line", "comment-form", "footer"]);
        for (i, _) in d.text.char_indices() {
            let s = Span::new(i, i + 1);
            assert_eq!(d.is_excluded(s), d.excluded.iter().any(|e| e.span.overlaps(s)), "at {i}");
        }
    }

    #[test]
    fn headline_needs_blank_line() {
        assert_eq!(headline("Talks resume\n\nBody."), Some("Talks resume"));
        assert_eq!(headline("Talks resumed on Monday.\nBody."), None);
    }
}
