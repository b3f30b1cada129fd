//! Markdown reduced to the text a reader sees — the one reader of the project: the
//! page's `www/markdown.js` is the same algorithm line for line, and both are held to
//! the fixtures in `tests/fixtures/markdown/` (`cargo test --test markdown`, `node
//! --test tests/node/`).
//!
//! The rules, in order:
//! 1. Line ends: CRLF and lone CR become LF.
//! 2. Front matter: a first line `---` up to the next line `---` or `...` is removed;
//!    its `title:`, `source:`, `author:`, `published:` (else `date:`) values, trimmed
//!    and without one pair of surrounding quotes, are returned beside the text
//!    (`published` only as an ISO date that exists, years 0001–9999).
//! 3. Code fence lines (```` ``` ````, `~~~`) are removed; the lines between them are
//!    kept as they are.
//! 4. Link reference definitions (`[label]: target`) are removed; a thematic break
//!    (`---`, `***`, `___`, `===`, three or more, spaces allowed) becomes a blank line.
//! 5. Block quote marks (`>`, any number), then one list marker (`-`, `*`, `+`, `1.`,
//!    `1)` followed by a space), then an ATX heading's `#`s (one to six, followed by a
//!    space, closing `#`s too) are removed, with the spaces before them.
//! 6. Inline, left to right: `\` before ASCII punctuation keeps the punctuation only;
//!    a backtick code span keeps its content verbatim; `![alt](target)` keeps the alt
//!    text, `[text](target)` and `[text][ref]` keep the text (brackets and parentheses
//!    balanced, so `[x](javascript:f(1))` leaves `x`); `*`, `**`, `***`, `_`, `__`,
//!    `___` around text (opening run followed by a non-space and not preceded by a
//!    letter or digit, closing run of the same length the mirror image) are removed.
//!    Everything else is kept.
//!
//! Every step is linear in the line: matching brackets and backtick runs are paired
//! once per line with a stack, emphasis closers are looked up in sorted lists, and
//! spans nest at most [`MAX_NESTING`] deep (deeper markup is kept as written).

/// How deep inline spans (links in emphasis in links…) are unwrapped.
pub const MAX_NESTING: usize = 16;

/// A Markdown file as text and front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markdown {
    /// The text a reader sees.
    pub text: String,
    /// Front matter `title:`.
    pub title: Option<String>,
    /// Front matter `source:` (the outlet).
    pub source: Option<String>,
    /// Front matter `author:`.
    pub byline: Option<String>,
    /// Front matter `published:` or `date:`, as `YYYY-MM-DD` (the first ten characters of an ISO date or date-time).
    pub published: Option<String>,
}

/// Reduces Markdown to its text and front matter (the module's rules).
pub fn to_text(md: &str) -> Markdown {
    let md = md.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = md.split('\n').collect();
    let mut out = Markdown::default();
    let (mut date, mut published) = (None, None);
    if lines.first().map(|l| l.trim_end()) == Some("---") {
        if let Some(end) = lines.iter().skip(1).position(|l| matches!(l.trim_end(), "---" | "...")) {
            for line in &lines[1..=end] {
                let Some((key, value)) = line.split_once(':') else { continue };
                let value = unquote(value.trim());
                let value = (!value.is_empty()).then(|| value.to_string());
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" => out.title = value,
                    "source" => out.source = value,
                    "author" => out.byline = value,
                    "published" => published = value,
                    "date" => date = value,
                    _ => {}
                }
            }
            lines.drain(..=end + 1);
        }
    }
    out.published = published.or(date).as_deref().and_then(iso_day);
    let mut text = Vec::with_capacity(lines.len());
    let mut in_fence = false;
    for line in lines {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            text.push(line.to_string());
        } else if is_reference_definition(line) {
            continue;
        } else if is_thematic_break(line) {
            text.push(String::new());
        } else {
            let chars: Vec<char> = strip_block_marks(line).chars().collect();
            let mut s = String::with_capacity(line.len());
            Inline::new(&chars).write(0, chars.len(), 0, &mut s);
            text.push(s);
        }
    }
    out.text = text.join("\n");
    out
}

/// `YYYY-MM-DD` from an ISO date or date-time (leading spaces allowed), when that day exists.
pub fn iso_day(value: &str) -> Option<String> {
    let day = value.trim_start().get(..10)?;
    crate::input::check_published(day).ok().map(|()| day.to_string())
}

/// A value without one pair of surrounding quotes (`"…"` or `'…'`).
fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// `[label]: target`, up to three spaces in.
fn is_reference_definition(line: &str) -> bool {
    let t = line.trim_start_matches(' ');
    if line.len() - t.len() > 3 || !t.starts_with('[') {
        return false;
    }
    match t.find("]:") {
        Some(close) => close > 1 && !t[1..close].contains(']') && !t[close + 2..].trim().is_empty(),
        None => false,
    }
}

/// Three or more of one of `-*_=`, with nothing else but spaces and tabs.
fn is_thematic_break(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !matches!(c, ' ' | '\t'));
    let Some(first) = marks.next() else { return false };
    matches!(first, '-' | '*' | '_' | '=')
        && line.chars().filter(|&c| c == first).count() >= 3
        && marks.all(|c| c == first)
}

/// The line without its block quote marks, list marker and heading marks (rule 5).
fn strip_block_marks(line: &str) -> &str {
    let mut rest = line;
    let mut stripped = false;
    loop {
        let t = rest.trim_start();
        match t.strip_prefix('>') {
            Some(after) => {
                rest = after.strip_prefix(' ').unwrap_or(after);
                stripped = true;
            }
            None => break,
        }
    }
    let t = rest.trim_start();
    let marker = if t.starts_with(['-', '*', '+']) {
        1
    } else {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=9).contains(&digits) && t[digits..].starts_with(['.', ')']) {
            digits + 1
        } else {
            0
        }
    };
    if marker > 0 && t[marker..].starts_with([' ', '\t']) {
        rest = t[marker..].trim_start();
        stripped = true;
    }
    let t = if stripped { rest.trim_start() } else { rest };
    let lead = t.len() - t.trim_start_matches(' ').len();
    let after_lead = &t[lead..];
    let hashes = after_lead.bytes().take_while(|&b| b == b'#').count();
    let heading = lead <= 3 && (1..=6).contains(&hashes) && {
        let after = &after_lead[hashes..];
        after.is_empty() || after.starts_with([' ', '\t'])
    };
    if !heading {
        return if stripped { t } else { rest };
    }
    let mut h = after_lead[hashes..].trim();
    // A closing sequence: `#`s after a space (or the whole remaining text).
    let without = h.trim_end_matches('#');
    if without.is_empty() || without.ends_with([' ', '\t']) {
        h = without.trim_end();
    }
    h
}

/// One line's inline markup, paired once: matching brackets, parentheses and
/// backtick runs, and the places where each emphasis run may close.
struct Inline<'a> {
    c: &'a [char],
    /// For a `[` or `(`: the index of its matching `]` or `)`.
    pair: Vec<usize>,
    /// For the first backtick of a run: the first backtick of the next run as long.
    tick: Vec<usize>,
    /// Closing emphasis runs by (character, run length): their start indices, in order.
    closers: [[Vec<usize>; 3]; 2],
}

const NONE: usize = usize::MAX;

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

impl<'a> Inline<'a> {
    fn new(c: &'a [char]) -> Inline<'a> {
        let n = c.len();
        let mut pair = vec![NONE; n];
        let mut tick = vec![NONE; n];
        let mut closers: [[Vec<usize>; 3]; 2] = Default::default();
        let (mut brackets, mut parens) = (Vec::new(), Vec::new());
        let mut last_run: Vec<usize> = Vec::new(); // by run length: the latest run's start
        let mut i = 0;
        while i < n {
            match c[i] {
                '\\' if i + 1 < n && c[i + 1].is_ascii_punctuation() => {
                    i += 2;
                    continue;
                }
                '[' => brackets.push(i),
                ']' => {
                    if let Some(o) = brackets.pop() {
                        pair[o] = i;
                    }
                }
                '(' => parens.push(i),
                ')' => {
                    if let Some(o) = parens.pop() {
                        pair[o] = i;
                    }
                }
                '`' => {
                    let len = c[i..].iter().take_while(|&&x| x == '`').count();
                    if last_run.len() <= len {
                        last_run.resize(len + 1, NONE);
                    }
                    // Paired backwards: each run points at the next run of its length.
                    if last_run[len] != NONE {
                        tick[last_run[len]] = i;
                    }
                    last_run[len] = i;
                    i += len;
                    continue;
                }
                m @ ('*' | '_') => {
                    let len = c[i..].iter().take_while(|&&x| x == m).count();
                    let before = i.checked_sub(1).map(|p| c[p]);
                    let after = c.get(i + len).copied();
                    let closes = before.is_some_and(|b| !b.is_whitespace()) && !after.is_some_and(is_word);
                    if (1..=3).contains(&len) && closes {
                        closers[usize::from(m == '_')][len - 1].push(i);
                    }
                    i += len;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        Inline { c, pair, tick, closers }
    }

    /// Writes `c[from..to]` without its inline markup.
    fn write(&self, from: usize, to: usize, depth: usize, out: &mut String) {
        let c = self.c;
        if depth > MAX_NESTING {
            out.extend(&c[from..to]);
            return;
        }
        let mut i = from;
        while i < to {
            let ch = c[i];
            match ch {
                '\\' if i + 1 < to && c[i + 1].is_ascii_punctuation() => {
                    out.push(c[i + 1]);
                    i += 2;
                    continue;
                }
                '`' => {
                    let len = c[i..to].iter().take_while(|&&x| x == '`').count();
                    let close = self.tick[i];
                    if close != NONE && close + len <= to {
                        let mut code = &c[i + len..close];
                        let spaced = |s: &[char]| s.first() == Some(&' ') && s.last() == Some(&' ');
                        if code.len() >= 2 && spaced(code) && code.iter().any(|&x| x != ' ') {
                            code = &code[1..code.len() - 1];
                        }
                        out.extend(code);
                        i = close + len;
                    } else {
                        out.extend(&c[i..i + len]);
                        i += len;
                    }
                    continue;
                }
                '!' | '[' => {
                    let open = if ch == '!' { i + 1 } else { i };
                    if let Some(end) = self.link(open, to) {
                        self.write(open + 1, self.pair[open], depth + 1, out);
                        i = end;
                        continue;
                    }
                }
                '*' | '_' => {
                    let len = c[i..to].iter().take_while(|&&x| x == ch).count();
                    if let Some(close) = self.emphasis(i, len, to) {
                        self.write(i + len, close, depth + 1, out);
                        i = close + len;
                    } else {
                        out.extend(&c[i..i + len]);
                        i += len;
                    }
                    continue;
                }
                _ => {}
            }
            out.push(ch);
            i += 1;
        }
    }

    /// A link or image label at `open` (a `[`) followed by `(target)` or `[ref]`:
    /// the index after it, when it ends by `to`.
    fn link(&self, open: usize, to: usize) -> Option<usize> {
        if self.c.get(open) != Some(&'[') || self.pair[open] == NONE {
            return None;
        }
        let close = self.pair[open];
        let next = close + 1;
        match self.c.get(next) {
            Some('(' | '[') if self.pair[next] != NONE && self.pair[next] < to => Some(self.pair[next] + 1),
            _ => None,
        }
    }

    /// The closing run of an emphasis opened at `i` by a run of `len`, before `to`.
    fn emphasis(&self, i: usize, len: usize, to: usize) -> Option<usize> {
        let c = self.c;
        let before = i.checked_sub(1).map(|p| c[p]);
        let after = c.get(i + len).copied();
        let opens = (1..=3).contains(&len) && after.is_some_and(|a| !a.is_whitespace()) && !before.is_some_and(is_word);
        if !opens {
            return None;
        }
        let list = &self.closers[usize::from(c[i] == '_')][len - 1];
        let k = list.partition_point(|&p| p < i + len + 1);
        list.get(k).copied().filter(|&p| p + len <= to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(md: &str) -> String {
        to_text(md).text
    }

    #[test]
    fn markup_goes_words_stay() {
        assert_eq!(text("# Title\nSee [the report](http://x.y) now"), "Title\nSee the report now");
        assert_eq!(text("[x](javascript:alert(1)) and ![alt](a.png) and [r][1]\n[1]: http://x"), "x and alt and r");
        assert_eq!(
            text("- one\n* two\n10. three\n> > quoted **bold** and _it_ and `a*b*c`"),
            "one\ntwo\nthree\nquoted bold and it and a*b*c"
        );
        assert_eq!(text("snake_case_name 2*3*4 a * b"), "snake_case_name 2*3*4 a * b");
        assert_eq!(text("## Heading ##\n---\n\\*not em\\*"), "Heading\n\n*not em*");
    }

    #[test]
    fn front_matter_is_metadata_not_text() {
        let md = to_text("---\ntitle: \"Talks in Istanbul\"\nsource: Wire\ndate: 2025-04-10T08:00:00Z\n---\nISTANBUL, April 10 — Talks.");
        assert_eq!(md.text, "ISTANBUL, April 10 — Talks.");
        assert_eq!(md.title.as_deref(), Some("Talks in Istanbul"));
        assert_eq!(md.source.as_deref(), Some("Wire"));
        assert_eq!(md.published.as_deref(), Some("2025-04-10"));
        assert_eq!(to_text("---\ndate: +10000-01-01\n---\nx").published, None);
    }

    #[test]
    fn hostile_lines_stay_linear() {
        for unit in ["[", "(", "`", "*a ", "_a ", "[a](", "![", "**", "\\"] {
            let line = unit.repeat(200_000);
            let t = std::time::Instant::now();
            let _ = text(&line);
            assert!(t.elapsed().as_secs_f64() < 5.0, "{unit:?} took {:?}", t.elapsed());
        }
        let nested = format!("{}x{}", "[".repeat(1000), "](y)".repeat(1000));
        assert!(text(&nested).contains('x'));
    }
}
