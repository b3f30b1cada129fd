//! Titles parsed into rank, office, department and portfolio
//! ("Deputy Assistant Secretary of State for Russia and Central Europe").

use super::Title;
use crate::lexicon::fold;
use std::collections::BTreeSet;

const RANKS: &[&str] =
    &["deputy", "assistant", "under", "vice", "acting", "senior", "principal", "associate", "first", "special"];
const OFFICES: &[(&str, &str)] = &[
    ("secretary", "secretary"),
    ("undersecretary", "secretary"),
    ("minister", "minister"),
    ("ambassador", "envoy"),
    ("envoy", "envoy"),
    ("spokesperson", "spokesperson"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("president", "president"),
    ("director", "director"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chair", "chair"),
    ("governor", "governor"),
    ("mayor", "mayor"),
    ("senator", "senator"),
    ("general", "general"),
    ("commander", "commander"),
    ("chancellor", "chancellor"),
    ("consul", "consul"),
    ("attorney", "attorney"),
    ("judge", "judge"),
    ("chief", "chief"),
    ("head", "head"),
    ("leader", "leader"),
];

/// Parses a title; `None` when it names no office.
pub fn parse_title(s: &str) -> Option<Title> {
    let words: Vec<String> =
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).map(fold).collect();
    let h = words.iter().position(|w| OFFICES.iter().any(|(o, _)| o == w))?;
    let office = OFFICES.iter().find(|(o, _)| *o == words[h]).map(|(_, c)| c.to_string())?;
    let rank = words[..h].iter().filter(|w| RANKS.contains(&w.as_str())).cloned().collect();
    let mut department = None;
    let mut portfolio = None;
    let mut k = h + 1;
    if words.get(k).map(String::as_str) == Some("of") {
        let end = words[k + 1..].iter().position(|w| w == "for").map_or(words.len(), |p| k + 1 + p);
        department = Some(words[k + 1..end].join(" ")).filter(|d| !d.is_empty());
        k = end;
    }
    if words.get(k).map(String::as_str) == Some("for") {
        let p: BTreeSet<String> = words[k + 1..]
            .iter()
            .filter(|w| !matches!(w.as_str(), "and" | "the" | "of" | "affairs"))
            .cloned()
            .collect();
        portfolio = Some(p).filter(|p| !p.is_empty());
    }
    Some(Title { rank, office, department, portfolio })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_titles() {
        let t = parse_title("Deputy Assistant Secretary of State for Russia and Central Europe").unwrap();
        assert_eq!(t.office, "secretary");
        assert_eq!(t.rank, ["deputy", "assistant"]);
        assert_eq!(t.department.as_deref(), Some("state"));
        assert_eq!(t.portfolio.unwrap().len(), 3);
        assert_eq!(parse_title("Moscow’s envoy to Washington").unwrap().office, "envoy");
        assert!(parse_title("the talks").is_none());
    }
}
