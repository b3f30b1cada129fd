//! The public input contract: a set of documents, as JSON or as files.
//!
//! `{"documents":[{"id","source","title","published","text"}]}` — every field but
//! `text` optional; `published` is `YYYY-MM-DD`. This module is the one input
//! validator: the CLI and the WebAssembly binding read into the same types
//! ([`InputSet`], [`InputDocument`]), refuse the same inputs with the same messages
//! ([`InputSet::check_limits`]) and clean metadata the same way ([`clean_metadata`],
//! [`check_published`]).
//!
//! Every limit is in bytes of UTF-8, and every message says so; a megabyte in a
//! message is a MiB (1,048,576 bytes).

use serde::{Deserialize, Deserializer};

/// Maximum size of one document's text, in bytes (UTF-8): 10 MiB.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;
/// Maximum total size of all texts in one analysis, in bytes: 50 MiB.
pub const MAX_TOTAL_BYTES: usize = 50 * 1024 * 1024;
/// Maximum number of documents in one analysis.
pub const MAX_DOCUMENTS: usize = 5_000;
/// Maximum size of a document's `id`, in bytes. An id is repeated in every span of
/// the output, so its size multiplies the output's: 256 bytes fits any file name.
pub const MAX_ID_BYTES: usize = 256;
/// Maximum size of a document's `source` (outlet or author), in bytes.
pub const MAX_SOURCE_BYTES: usize = 256;
/// Maximum size of a document's `title`, in bytes (a long headline is under 300).
pub const MAX_TITLE_BYTES: usize = 1024;
/// Maximum size of a document's `published` value, in bytes (a date needs 10).
pub const MAX_PUBLISHED_BYTES: usize = 64;

/// A set of documents to analyse together (one story).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct InputSet {
    /// The reports, in the user's order.
    pub documents: Vec<InputDocument>,
}

/// One report as the user gave it.
///
/// A field of the wrong type is refused with a message naming the field (`title:
/// invalid type: …`), the same in the CLI and in the WebAssembly binding.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct InputDocument {
    /// Stable identifier; defaults to `doc1`, `doc2`, … by position.
    #[serde(default, deserialize_with = "id")]
    pub id: Option<String>,
    /// Outlet or author, e.g. "Reuters".
    #[serde(default, deserialize_with = "source")]
    pub source: Option<String>,
    /// Headline.
    #[serde(default, deserialize_with = "title")]
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default, deserialize_with = "published")]
    pub published: Option<String>,
    /// The article text (plain text; HTML must be reduced to text before this point).
    #[serde(deserialize_with = "text")]
    pub text: String,
}

/// An optional string field whose errors name the field.
fn named<'de, D: Deserializer<'de>>(d: D, field: &str) -> Result<Option<String>, D::Error> {
    Option::<String>::deserialize(d).map_err(|e| serde::de::Error::custom(format_args!("`{field}`: {e}")))
}
fn id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    named(d, "id")
}
fn source<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    named(d, "source")
}
fn title<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    named(d, "title")
}
fn published<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    named(d, "published")
}
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    String::deserialize(d).map_err(|e| serde::de::Error::custom(format_args!("`text`: {e}")))
}

/// Why an input set was refused as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

/// What the JSON input format looks like, for messages.
pub const EXPECTED: &str = "expected {\"documents\":[{\"text\":\"…\"}]}";

impl InputSet {
    /// Parses the JSON input format, with a message that says what is wrong.
    ///
    /// Read as the JavaScript engine reads it, so the CLI and the page accept the same
    /// texts: a byte order mark before the JSON is skipped, a repeated key keeps its
    /// last value, and an escaped lone surrogate (`"\ud800"`) becomes U+FFFD.
    pub fn from_json(json: &str) -> Result<InputSet, InputError> {
        let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
        let fixed = crate::input_json::replace_lone_surrogates(json);
        let malformed = |e: serde_json::Error| InputError(format!("malformed input JSON ({e}); {EXPECTED}"));
        // Through a `Value`, whose objects keep the last of repeated keys (a struct refuses them).
        let value: serde_json::Value = serde_json::from_str(fixed.as_deref().unwrap_or(json)).map_err(malformed)?;
        serde_json::from_value(value).map_err(|e| InputError(format!("malformed input ({e}); {EXPECTED}")))
    }

    /// Checks the documented limits; the message names the document, the field and
    /// the limit that was passed, in bytes.
    pub fn check_limits(&self) -> Result<(), InputError> {
        if self.documents.len() > MAX_DOCUMENTS {
            return Err(InputError(format!(
                "too many documents: {} (the limit is {MAX_DOCUMENTS} per analysis)",
                self.documents.len()
            )));
        }
        let mut total = 0usize;
        for (i, d) in self.documents.iter().enumerate() {
            let name = || format!("document {} ({})", i + 1, shown_id(d.id.as_deref()));
            if d.text.len() > MAX_DOCUMENT_BYTES {
                return Err(InputError(format!(
                    "{} is {} bytes; the limit is {} per document",
                    name(),
                    d.text.len(),
                    mib(MAX_DOCUMENT_BYTES)
                )));
            }
            for (field, value, limit) in [
                ("id", &d.id, MAX_ID_BYTES),
                ("source", &d.source, MAX_SOURCE_BYTES),
                ("title", &d.title, MAX_TITLE_BYTES),
                ("published", &d.published, MAX_PUBLISHED_BYTES),
            ] {
                let len = value.as_deref().map_or(0, str::len);
                if len > limit {
                    return Err(InputError(format!(
                        "{}: `{field}` is {len} bytes; the limit is {limit} bytes",
                        name()
                    )));
                }
            }
            total += d.text.len();
        }
        if total > MAX_TOTAL_BYTES {
            return Err(InputError(format!(
                "the documents total {total} bytes; the limit is {} per analysis",
                mib(MAX_TOTAL_BYTES)
            )));
        }
        Ok(())
    }
}

/// A limit in MiB as messages write it: `10 MiB (10485760 bytes)`.
pub fn mib(bytes: usize) -> String {
    format!("{} MiB ({bytes} bytes)", bytes / (1024 * 1024))
}

/// An id as a message shows it: cleaned, cut to 60 bytes, or `no id`.
fn shown_id(id: Option<&str>) -> String {
    match id.map(clean_metadata) {
        Some(s) if !s.is_empty() => clip(&s, 60),
        _ => "no id".into(),
    }
}

/// `s` cut to at most `max` bytes at a character boundary, with `…` when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut cut = max.saturating_sub('…'.len_utf8());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}…", &s[..cut])
}

/// A metadata value (id, source, title) as it may reach a terminal or the output:
/// control characters (C0, DEL, C1: the escape sequences of terminals) removed, runs
/// of whitespace collapsed to one space, the ends trimmed.
pub fn clean_metadata(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !c.is_control() {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Checks a `published` value against the contract: an ISO calendar date
/// `YYYY-MM-DD` with a four-digit year from 0001 to 9999, two-digit month and day, a
/// day that exists. `Err` is the warning to give (the value is then ignored).
pub fn check_published(p: &str) -> Result<(), String> {
    let b = p.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10);
    let number = |r: std::ops::Range<usize>| p[r].parse::<u32>().unwrap_or(0);
    let exists = shape
        && number(0..4) >= 1
        && chrono::NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10)).is_some();
    if exists {
        Ok(())
    } else {
        Err(format!(
            "published date \"{}\" is not YYYY-MM-DD (an ISO date, years 0001 to 9999); ignored",
            clip(&clean_metadata(p), 40)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_dates_follow_the_schema() {
        for ok in ["2025-04-10", "0001-01-01", "9999-12-31", "2024-02-29"] {
            assert_eq!(check_published(ok), Ok(()), "{ok}");
        }
        for bad in [
            "+10000-01-01",
            "-0001-12-31",
            "2025-4-1",
            "0000-01-01",
            "2025-02-30",
            "2025-04-10T10:00",
            "10.04.2025",
            "２０２５-04-10",
            "",
        ] {
            let e = check_published(bad).unwrap_err();
            assert!(e.contains("is not YYYY-MM-DD (an ISO date"), "{bad}: {e}");
        }
    }

    #[test]
    fn metadata_loses_control_characters() {
        assert_eq!(clean_metadata("\u{1b}]0;pwned\u{7}Reuters\u{1b}[31m  red\u{9b}2J\n"), "]0;pwnedReuters[31m red2J");
        assert_eq!(clean_metadata("  a \t b  "), "a b");
        assert_eq!(clip("ééé", 5), "é…");
        assert_eq!(clip("abc", 3), "abc");
    }

    #[test]
    fn every_field_has_a_limit_in_bytes() {
        let doc = |f: &dyn Fn(&mut InputDocument)| {
            let mut d = InputDocument { text: "x".into(), ..Default::default() };
            f(&mut d);
            InputSet { documents: vec![d] }.check_limits()
        };
        assert!(doc(&|_| {}).is_ok());
        let long = "é".repeat(600);
        let e = doc(&|d| d.title = Some(long.clone())).unwrap_err().0;
        assert!(e.contains("`title` is 1200 bytes; the limit is 1024 bytes"), "{e}");
        assert!(doc(&|d| d.id = Some(long.clone())).unwrap_err().0.contains("`id` is 1200 bytes"));
        assert!(doc(&|d| d.source = Some(long.clone())).unwrap_err().0.contains("`source`"));
        assert!(doc(&|d| d.published = Some(long.clone())).unwrap_err().0.contains("`published`"));
        let e = doc(&|d| d.text = "x".repeat(MAX_DOCUMENT_BYTES + 1)).unwrap_err().0;
        assert!(e.contains("the limit is 10 MiB (10485760 bytes) per document"), "{e}");
    }

    #[test]
    fn json_is_read_as_the_engine_reads_it() {
        let set =
            InputSet::from_json("\u{FEFF}{\"documents\":[{\"text\":\"a\",\"text\":\"b \\ud800 \\ud83d\\udcf0\"}]}")
                .unwrap();
        assert_eq!(set.documents[0].text, "b \u{FFFD} 📰");
        let e = InputSet::from_json(r#"{"documents":[{"text":"a","title":5}]}"#).unwrap_err().0;
        assert!(e.contains("`title`: invalid type"), "{e}");
        let e = InputSet::from_json(r#"{"documents":[{"title":"x"}]}"#).unwrap_err().0;
        assert!(e.contains("missing field `text`"), "{e}");
    }
}
