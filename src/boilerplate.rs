//! Rules that recognise web boilerplate lines: comment forms, links to other
//! stories, share/subscribe prompts, credits. Generic web conventions, not
//! tuned to any one site. Used by [`crate::document`].

/// What a line is, for the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Story text.
    Content,
    /// One boilerplate line; the reason is a short tag.
    Boilerplate(&'static str),
    /// The start of a footer: this and every following short line is boilerplate.
    Footer(&'static str),
}

/// Prefixes (lower-cased) of lines that link to other stories or ask for action.
const LINK_PREFIXES: &[(&str, &str)] = &[
    ("read more:", "link"),
    ("read more ", "link"),
    ("read also:", "link"),
    ("also read:", "link"),
    ("related:", "link"),
    ("related articles", "link"),
    ("related stories", "link"),
    ("recommended:", "link"),
    ("see also:", "link"),
    ("watch:", "link"),
    ("click here", "link"),
    ("sign up", "prompt"),
    ("subscribe", "prompt"),
    ("follow us", "prompt"),
    ("share this", "prompt"),
    ("advertisement", "advert"),
    ("translation by ", "credit"),
    ("translated by ", "credit"),
    ("reporting by ", "credit"),
    ("editing by ", "credit"),
    ("writing by ", "credit"),
    ("additional reporting by ", "credit"),
    ("photo:", "credit"),
    ("image:", "credit"),
    ("copyright ", "credit"),
    ("all rights reserved", "credit"),
    ("©", "credit"),
];

/// Phrases that open a comment form or site footer.
const FOOTER_MARKERS: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "post a comment",
    "comments are closed",
    "your email address will not be published",
    "required fields are marked",
];

/// Classifies one line of normalised text.
///
/// Markers match without regard to ASCII case, at the line's start (or end, for the
/// rights notice), in place: a line is never lower-cased as a whole.
pub fn classify_line(line: &str) -> LineKind {
    let t = line.trim();
    if FOOTER_MARKERS.iter().any(|m| starts_with_ci(t, m)) {
        return LineKind::Footer("comment-form");
    }
    for (prefix, reason) in LINK_PREFIXES {
        if starts_with_ci(t, prefix) && t.split_whitespace().count() <= 25 {
            return LineKind::Boilerplate(reason);
        }
    }
    if ends_with_ci(t, "all rights reserved.") {
        return LineKind::Boilerplate("credit");
    }
    LineKind::Content
}

/// `t` starts with the lower-case marker `m`, ASCII letters compared without case
/// (the first byte alone settles most lines).
fn starts_with_ci(t: &str, m: &str) -> bool {
    let (t, m) = (t.as_bytes(), m.as_bytes());
    t.len() >= m.len() && t[0].to_ascii_lowercase() == m[0] && t[..m.len()].eq_ignore_ascii_case(m)
}

/// `t` ends with the lower-case marker `m`, ASCII letters compared without case.
fn ends_with_ci(t: &str, m: &str) -> bool {
    t.len() >= m.len() && t.as_bytes()[t.len() - m.len()..].eq_ignore_ascii_case(m.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_common_boilerplate() {
        assert_eq!(classify_line("Read More: Talks begin elsewhere"), LineKind::Boilerplate("link"));
        assert_eq!(classify_line("Leave a Reply"), LineKind::Footer("comment-form"));
        assert_eq!(classify_line("Translation by Jane Doe"), LineKind::Boilerplate("credit"));
        assert_eq!(classify_line("Reading more into it, analysts said."), LineKind::Content);
        assert_eq!(classify_line("© 2025 Reuters"), LineKind::Boilerplate("credit"));
        assert_eq!(classify_line("Advertisement"), LineKind::Boilerplate("advert"));
    }

    #[test]
    fn long_lines_are_judged_by_their_ends() {
        let body = "Ünïcödé wörds ΣΑΣ and more. ".repeat(20);
        assert_eq!(classify_line(&format!("LEAVE A REPLY {body}")), LineKind::Footer("comment-form"));
        assert_eq!(classify_line(&format!("{body} Reuters. All Rights Reserved.")), LineKind::Boilerplate("credit"));
        assert_eq!(classify_line(&format!("{body} all rights reserved. Really.")), LineKind::Content);
        assert_eq!(classify_line(&format!("Ünïcödé {body}")), LineKind::Content);
        assert_eq!(classify_line("Read"), LineKind::Content);
        assert_eq!(classify_line("Σ"), LineKind::Content);
    }
}
