//! Native-only ingestion: files on disk → input documents (used by the CLI).
//!
//! `.txt` and `.md` are read as text (UTF-8, or UTF-16 with a byte order mark);
//! Markdown is reduced to its text by [`markdown`], the same reader as the page's
//! `www/markdown.js`; `.html`/`.htm` are reduced to their article text, title, outlet
//! and date with `dom_smoothie` (a port of Mozilla's Readability), after [`depth`]
//! has measured the page on html5ever's tree; `.json` is the storylens input format.
//! Anything else — PDFs, images, binary or undecodable files — is refused with a
//! message naming the file.

pub mod depth;
pub mod markdown;

use crate::input::{
    check_published, clean_metadata, clip, mib, InputDocument, InputSet, MAX_DOCUMENT_BYTES, MAX_ID_BYTES,
    MAX_SOURCE_BYTES, MAX_TITLE_BYTES, MAX_TOTAL_BYTES,
};
use std::io::Read;
use std::path::Path;

/// Reads one file into one or more documents. At most the size limit plus one byte is
/// read, so a pipe, a FIFO or `/dev/zero` is refused as too large, not read to the end.
pub fn read_file(path: &Path) -> Result<Vec<InputDocument>, String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string());
    let name = clean_metadata(&name);
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let limit = if ext == "json" { MAX_TOTAL_BYTES } else { MAX_DOCUMENT_BYTES };
    let bytes = read_limited(path, limit).map_err(|e| format!("{name}: {e}"))?;
    read_bytes(&name, &ext, &bytes)
}

/// Reads `path` (a file, `-` for standard input) up to `limit` bytes; a longer input is
/// refused after `limit + 1` bytes with the limit named, whatever its reported size.
pub fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let take = limit as u64 + 1;
    let read = if path.as_os_str() == "-" {
        std::io::stdin().lock().take(take).read_to_end(&mut bytes)
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("cannot read ({e})"))?;
        // A regular file's size is known: refused before reading, so a huge file costs nothing.
        if let Ok(size) = file.metadata().map(|m| m.len()) {
            if size > limit as u64 {
                return Err(too_big(size, limit, false));
            }
        }
        file.take(take).read_to_end(&mut bytes)
    };
    read.map_err(|e| format!("cannot read ({e})"))?;
    if bytes.len() > limit {
        return Err(too_big(bytes.len() as u64, limit, true));
    }
    Ok(bytes)
}

/// [`read_file`] on bytes already in memory: `ext` (lower case, no dot) picks the format.
pub fn read_bytes(name: &str, ext: &str, bytes: &[u8]) -> Result<Vec<InputDocument>, String> {
    if ext == "json" {
        let text = decode(name, bytes, MAX_TOTAL_BYTES)?;
        return InputSet::from_json(&text).map(|s| s.documents).map_err(|e| format!("{name}: {e}"));
    }
    let text = decode(name, bytes, MAX_DOCUMENT_BYTES)?;
    // The file name is the id, cut to the id limit (a name of 255 UTF-16 units can pass it).
    let id = Some(clip(name, MAX_ID_BYTES));
    let doc = match ext {
        "html" | "htm" | "xhtml" => InputDocument { id, ..from_html(name, &text)? },
        "md" | "markdown" => {
            let md = markdown::to_text(&text);
            InputDocument {
                id,
                source: md.source.map(|s| clip(&s, MAX_SOURCE_BYTES)),
                title: md.title.map(|t| clip(&t, MAX_TITLE_BYTES)),
                published: md.published,
                text: md.text,
            }
        }
        "txt" | "text" | "" => InputDocument { id, text, ..Default::default() },
        other => return Err(format!("{name}: .{other} files are not supported (use .txt, .md, .html or .json)")),
    };
    Ok(vec![doc])
}

/// Checks size, binary content and encoding; returns the text without a byte order
/// mark. UTF-8 is read as it is; UTF-16 (little or big endian) when it starts with its
/// byte order mark, as Windows editors write it.
pub fn decode(name: &str, bytes: &[u8], limit: usize) -> Result<String, String> {
    if bytes.len() > limit {
        return Err(format!("{name}: {}", too_big(bytes.len() as u64, limit, false)));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(format!("{name}: PDF files are not supported; copy the article text into a .txt file"));
    }
    if let Some(text) = utf16(bytes) {
        return text.map_err(|at| format!("{name}: not UTF-16 text (unpaired surrogate at byte {at})"));
    }
    const MAGIC: &[&[u8]] = &[b"\x89PNG", b"\xFF\xD8\xFF", b"GIF8", b"PK\x03\x04", b"\x1F\x8B"];
    if MAGIC.iter().any(|m| bytes.starts_with(m)) || bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(format!("{name}: binary file (image, archive or similar), not text"));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("{name}: not UTF-8 text (invalid byte at offset {})", e.valid_up_to()))?;
    Ok(text.trim_start_matches('\u{FEFF}').to_string())
}

/// UTF-16 text after its byte order mark (`FF FE` little endian, `FE FF` big endian):
/// `None` without one, `Err(byte offset)` at an unpaired surrogate. An odd last byte
/// is an error too.
fn utf16(bytes: &[u8]) -> Option<Result<String, usize>> {
    let little = match bytes.get(..2)? {
        [0xFF, 0xFE] => true,
        [0xFE, 0xFF] => false,
        _ => return None,
    };
    let body = &bytes[2..];
    if body.len() % 2 == 1 {
        return Some(Err(bytes.len() - 1));
    }
    let units = body.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(body.len());
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => out.push(c),
            Err(_) => return Some(Err(2 + 2 * i)),
        }
    }
    Some(Ok(out))
}

/// Why a file is too large; `at_least` when it was read only up to the limit (a pipe).
fn too_big(size: u64, limit: usize, at_least: bool) -> String {
    let what = if limit == MAX_TOTAL_BYTES { "per input set" } else { "per document" };
    let more = if at_least { "more than " } else { "" };
    format!("{more}{size} bytes is over the limit of {} {what}", mib(limit))
}

/// The deepest element nesting an HTML file may have. Readability's cost grows with
/// the page's size times its depth (10,000 nested `<div>`s took seconds, 100,000 did
/// not finish in 5 minutes); article pages nest a few dozen elements deep.
pub const MAX_HTML_DEPTH: usize = 256;

/// The work budget of one HTML page: the sum of its elements' depths ([`depth::Shape::work`]),
/// which Readability's cost follows. Readability reads 2.4 to 6 million element levels a
/// second (29 million in 12.3 s on a loaded 2-core machine, `tests/pathological.rs`; 117
/// million in about 20 s in issue #9's note), so the budget is 5 to 13 s of extraction; an
/// ordinary 10 MB page, 300,000 elements 20 deep, is 6 million.
pub const MAX_HTML_WORK: u64 = 32_000_000;

/// Reduces an HTML page to its article with Readability's algorithm, after measuring
/// it: a page nested deeper than [`MAX_HTML_DEPTH`] or over the work budget
/// [`MAX_HTML_WORK`] is refused before Readability sees it, so no page stalls the others.
pub fn from_html(name: &str, html: &str) -> Result<InputDocument, String> {
    let shape = depth::measure(html, MAX_HTML_DEPTH);
    if shape.depth > MAX_HTML_DEPTH {
        return Err(format!("{name}: HTML elements nested more than {MAX_HTML_DEPTH} deep; the limit is {MAX_HTML_DEPTH} levels (this is not an article page)"));
    }
    if shape.work > MAX_HTML_WORK {
        return Err(format!(
            "{name}: HTML too costly to read: {} elements at an average depth of {}; the limit is {MAX_HTML_WORK} element levels in all (this is not an article page)",
            shape.elements,
            shape.work / shape.elements.max(1) as u64
        ));
    }
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut r =
        dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| format!("{name}: cannot read HTML ({e})"))?;
    let article = r.parse().map_err(|e| format!("{name}: no article text found in this page ({e})"))?;
    let published =
        article.published_time.as_deref().and_then(|t| t.trim().get(..10)).filter(|d| check_published(d).is_ok());
    let meta = |s: &str, max: usize| Some(clip(&clean_metadata(s), max)).filter(|s| !s.is_empty());
    Ok(InputDocument {
        id: Some(name.to_string()),
        source: article.site_name.as_deref().and_then(|s| meta(s, MAX_SOURCE_BYTES)),
        title: meta(&article.title, MAX_TITLE_BYTES),
        published: published.map(str::to_string),
        text: article.text_content.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_binary_and_pdf() {
        assert!(decode("a.pdf", b"%PDF-1.4 ...", 100).unwrap_err().contains("PDF"));
        assert!(decode("a.bin", b"ab\0cd", 100).unwrap_err().contains("binary"));
        assert!(decode("a.txt", &[0xC3, 0x28], 100).unwrap_err().contains("UTF-8"));
        assert_eq!(decode("a.txt", "\u{FEFF}hi".as_bytes(), 100).unwrap(), "hi");
    }

    #[test]
    fn html_scripts_are_not_text() {
        let html = "<html><head><title>Talks</title><script>alert(1)</script></head><body><article><h1>Talks</h1><p>Delegations met in Istanbul on Thursday for talks on embassy operations, officials said. The talks lasted six hours and covered staffing.</p><p onclick=\"x()\">They agreed to meet again. More text follows here to make the article long enough for extraction by readability.</p></article></body></html>";
        let d = from_html("t.html", html).unwrap();
        assert!(d.text.contains("Delegations met in Istanbul"));
        assert!(!d.text.contains("alert"));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_text() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Talks 📰".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Talks 📰".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode("a.txt", &le, 100).unwrap(), "Talks 📰");
        assert_eq!(decode("a.txt", &be, 100).unwrap(), "Talks 📰");
        assert!(decode("a.txt", &[0xFF, 0xFE, 0x00, 0xD8], 100).unwrap_err().contains("not UTF-16 text"));
        assert!(decode("a.txt", &[0xFF, 0xFE, 0x41], 100).unwrap_err().contains("not UTF-16 text"));
    }

    #[test]
    fn deep_html_is_refused_however_it_is_written() {
        let deep = format!("<html><body>{}<p>Talks.</p>{}</body></html>", "<div>".repeat(300), "</div>".repeat(300));
        assert!(from_html("deep.html", &deep).unwrap_err().contains("the limit is 256 levels"));
        for (trick, html) in depth::tricks(20_000) {
            let e = from_html("trick.html", &format!("<html><body>{html}<p>Talks.</p></body></html>")).unwrap_err();
            assert!(e.contains("the limit is 256 levels"), "{trick}: {e}");
        }
    }

    #[test]
    fn metadata_from_a_page_is_cleaned_and_dates_checked() {
        let body = "<p>Delegations met in Istanbul on Thursday for talks on embassy operations, officials said. The talks lasted six hours and covered staffing in detail.</p>".repeat(3);
        let html = format!("<html><head><title>Talks\u{1b}]0;owned\u{7} in Istanbul</title><meta property=\"og:site_name\" content=\"\u{1b}[31mWire\"><meta property=\"article:published_time\" content=\"+10000-01-01\"></head><body><article>{body}</article></body></html>");
        let d = from_html("t.html", &html).unwrap();
        assert_eq!(d.title.as_deref(), Some("Talks]0;owned in Istanbul"));
        assert_eq!(d.source.as_deref(), Some("[31mWire"));
        assert_eq!(d.published, None);
    }
}
