//! Native-only ingestion: files on disk → input documents (used by the CLI).
//!
//! `.txt` and `.md` are read as UTF-8 text; `.html`/`.htm` are reduced to their
//! article text, title, outlet and date with `dom_smoothie` (a port of Mozilla's
//! Readability); `.json` is the storylens input format. Anything else — PDFs,
//! images, binary or non-UTF-8 files — is refused with a message naming the file.

use crate::input::{InputDocument, InputSet, MAX_DOCUMENT_BYTES, MAX_TOTAL_BYTES};
use std::path::Path;

/// Reads one file into one or more documents.
pub fn read_file(path: &Path) -> Result<Vec<InputDocument>, String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string());
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let size = std::fs::metadata(path).map_err(|e| format!("{name}: cannot read ({e})"))?.len();
    let limit = if ext == "json" { MAX_TOTAL_BYTES } else { MAX_DOCUMENT_BYTES };
    if size > limit as u64 {
        // Refused before reading, so a huge file costs nothing.
        return Err(too_big(&name, size, limit));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read ({e})"))?;
    read_bytes(&name, &ext, &bytes)
}

/// [`read_file`] on bytes already in memory: `ext` (lower case, no dot) picks the format.
pub fn read_bytes(name: &str, ext: &str, bytes: &[u8]) -> Result<Vec<InputDocument>, String> {
    if ext == "json" {
        let text = decode(name, bytes, MAX_TOTAL_BYTES)?;
        return InputSet::from_json(&text).map(|s| s.documents).map_err(|e| format!("{name}: {e}"));
    }
    let name = name.to_string();
    let text = decode(&name, bytes, MAX_DOCUMENT_BYTES)?;
    let doc = match ext {
        "html" | "htm" | "xhtml" => from_html(&name, &text)?,
        "txt" | "text" | "md" | "markdown" | "" => InputDocument {
            id: Some(name.clone()),
            text: if ext.starts_with("m") { strip_markdown(&text) } else { text },
            ..Default::default()
        },
        other => return Err(format!("{name}: .{other} files are not supported (use .txt, .md, .html or .json)")),
    };
    Ok(vec![doc])
}

/// Checks size, binary content and encoding; returns the text without a BOM.
pub fn decode(name: &str, bytes: &[u8], limit: usize) -> Result<String, String> {
    if bytes.len() > limit {
        return Err(too_big(name, bytes.len() as u64, limit));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(format!("{name}: PDF files are not supported; copy the article text into a .txt file"));
    }
    const MAGIC: &[&[u8]] = &[b"\x89PNG", b"\xFF\xD8\xFF", b"GIF8", b"PK\x03\x04", b"\x1F\x8B"];
    if MAGIC.iter().any(|m| bytes.starts_with(m)) || bytes.iter().take(8192).filter(|&&b| b == 0).count() > 0 {
        return Err(format!("{name}: binary file (image, archive or similar), not text"));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("{name}: not UTF-8 text (invalid byte at offset {})", e.valid_up_to()))?;
    Ok(text.trim_start_matches('\u{FEFF}').to_string())
}

fn too_big(name: &str, size: u64, limit: usize) -> String {
    let what = if limit == MAX_TOTAL_BYTES { "per input set" } else { "per document" };
    format!("{name}: {size} bytes is over the limit of {} MB {what}", limit / (1024 * 1024))
}

/// The deepest element nesting an HTML file may have. Readability's cost grows with
/// the page's size times its depth (10,000 nested `<div>`s took seconds, 100,000 did
/// not finish in 5 minutes); article pages nest a few dozen elements deep.
pub const MAX_HTML_DEPTH: usize = 256;

/// Reduces an HTML page to its article with Readability's algorithm.
pub fn from_html(name: &str, html: &str) -> Result<InputDocument, String> {
    let depth = html_depth(html, MAX_HTML_DEPTH + 1);
    if depth > MAX_HTML_DEPTH {
        return Err(format!("{name}: HTML elements nested more than {MAX_HTML_DEPTH} deep; the limit is {MAX_HTML_DEPTH} levels (this is not an article page)"));
    }
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut r =
        dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| format!("{name}: cannot read HTML ({e})"))?;
    let article = r.parse().map_err(|e| format!("{name}: no article text found in this page ({e})"))?;
    let published = article
        .published_time
        .as_deref()
        .and_then(|t| t.get(..10))
        .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
        .map(str::to_string);
    Ok(InputDocument {
        id: Some(name.to_string()),
        source: article.site_name.clone().filter(|s| !s.trim().is_empty()),
        title: Some(article.title.clone()).filter(|t| !t.trim().is_empty()),
        published,
        text: article.text_content.to_string(),
    })
}

/// Elements that have no end tag, or whose end tag may be left out (the parser
/// closes them itself): they never nest deeper in practice, so they are not counted.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb",
    "rt", "rp", "html", "head", "body",
];
/// Elements whose content is raw text, not markup.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// How deep the elements of `html` nest, as an HTML parser would build them
/// (an end tag closes the elements left open inside it), in one linear pass;
/// stops counting at `cap`.
pub fn html_depth(html: &str, cap: usize) -> usize {
    let b = html.as_bytes();
    let lower_find = |from: usize, needle: &[u8]| -> Option<usize> {
        b[from.min(b.len())..].windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| p + from)
    };
    let mut stack: Vec<String> = Vec::new();
    let mut max = 0;
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
        i += p + 1;
        if b[i..].starts_with(b"!--") {
            i = lower_find(i + 3, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let close = b.get(i) == Some(&b'/');
        let start = i + close as usize;
        let end = start
            + b[start.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':')
                .count();
        if end == start || !b[start].is_ascii_alphabetic() {
            continue; // "<!DOCTYPE", "<?xml", "a < b": not an element
        }
        let tag = html[start..end].to_ascii_lowercase();
        // The end of the tag, past quoted attribute values.
        let mut j = end;
        let mut quote = None;
        while j < b.len() {
            match (quote, b[j]) {
                (None, b'>') => break,
                (None, q @ (b'"' | b'\'')) => quote = Some(q),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
            j += 1;
        }
        let self_closing = j > 0 && b.get(j - 1) == Some(&b'/');
        i = (j + 1).min(b.len());
        if close {
            if let Some(k) = stack.iter().rposition(|t| *t == tag) {
                stack.truncate(k);
            }
        } else if RAW_TEXT.contains(&tag.as_str()) {
            let mut needle = b"</".to_vec();
            needle.extend_from_slice(tag.as_bytes());
            i = lower_find(i, &needle).unwrap_or(b.len());
        } else if !self_closing && !NOT_NESTING.contains(&tag.as_str()) {
            stack.push(tag);
            max = max.max(stack.len());
            if max >= cap {
                return max;
            }
        }
    }
    max
}

/// Drops Markdown markup that is not text: heading marks, emphasis, link targets.
pub fn strip_markdown(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let line = line.trim_start_matches('#').trim_start_matches("> ");
        let line = line.strip_prefix(' ').unwrap_or(line);
        let mut rest = line;
        while let Some(open) = rest.find("](") {
            let Some(close) = rest[open..].find(')') else { break };
            let before = &rest[..open];
            out.push_str(&before.replacen('[', "", 1));
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out.push('\n');
    }
    out.replace("**", "").replace("__", "")
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
    fn html_depth_counts_open_elements() {
        assert_eq!(html_depth("<html><body><div><p>a<div><span>b</span></div></div></body></html>", 100), 3);
        // An end tag closes what was left open inside it; optional end tags and void elements do not nest.
        assert_eq!(html_depth("<div><span><b>x</div><div><p>a<p>b<li>c<br><img src='a>b'></div>", 100), 3);
        // Comments and script text are not markup.
        assert_eq!(html_depth("<!-- <div><div> --><script>if (a<b) { '<div>' }</script><div></div>", 100), 1);
        assert_eq!(html_depth(&"<div>".repeat(100_000), 300), 300);
        let deep = format!("<html><body>{}<p>Talks.</p>{}</body></html>", "<div>".repeat(300), "</div>".repeat(300));
        assert!(from_html("deep.html", &deep).unwrap_err().contains("the limit is 256 levels"));
    }

    #[test]
    fn markdown_links_become_text() {
        assert_eq!(strip_markdown("# Title\nSee [the report](http://x.y) now"), "Title\nSee the report now\n");
    }
}
