//! Titles of people, parsed into rank, office, department and portfolio ("Deputy
//! Assistant Secretary of State for Russia and Central Europe"), from the roles the
//! entity stage attaches to each mention. Titles of one office conflict on rank (high),
//! department or portfolio (medium); a title that omits a part is less specific, not
//! contradictory.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Title, Value};
use crate::entities::EntityType;
use crate::lexicon::fold;
use std::collections::BTreeSet;

/// The title claim kind.
pub struct Titles;

impl ClaimKind for Titles {
    fn name(&self) -> &'static str {
        "title"
    }

    fn flag_kind(&self) -> &'static str {
        "title"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for (e, ent) in cx.ents.entities.iter().enumerate().filter(|(_, ent)| ent.kind == EntityType::Person) {
            for &mi in &ent.mentions {
                let m = &cx.ents.mentions[mi];
                let text = &cx.c.docs[m.doc].text;
                for &r in &m.roles {
                    if let Some(t) = parse_title(r.of(text)) {
                        let attribute = format!("title ({})", t.office);
                        out.push(Claim::new(cx, m.doc, Subject::Entity(e), attribute, Value::Title(t), r));
                    }
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Title(x), Value::Title(y)) => compare_titles(x, y),
            _ => Verdict::Agree,
        }
    }

    fn qualified(&self) -> bool {
        false
    }
}

/// Titles of one office conflict on rank, department or portfolio.
fn compare_titles(x: &Title, y: &Title) -> Verdict {
    if x.office != y.office {
        return Verdict::Agree;
    }
    fn set(t: &Title) -> BTreeSet<&str> {
        t.rank.iter().map(String::as_str).collect()
    }
    if !x.rank.is_empty() && !y.rank.is_empty() && set(x) != set(y) {
        let show = |t: &Title| t.rank.join(" ");
        let why = format!(
            "\"{} {}\" and \"{} {}\" are different ranks; one person holds one of them",
            show(x),
            x.office,
            show(y),
            y.office
        );
        return Verdict::conflict_on(Severity::High, "rank", why);
    }
    if let (Some(a), Some(b)) = (&x.department, &y.department) {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<BTreeSet<_>>();
        if !words(a).is_subset(&words(b)) && !words(b).is_subset(&words(a)) {
            return Verdict::conflict_on(
                Severity::Medium,
                "department",
                format!("the office is placed in different departments (\"{a}\" and \"{b}\")"),
            );
        }
    }
    if let (Some(a), Some(b)) = (&x.portfolio, &y.portfolio) {
        if !a.is_subset(b) && !b.is_subset(a) {
            return Verdict::conflict_on(
                Severity::Medium,
                "portfolio",
                "the sources give different portfolios for the same office",
            );
        }
    }
    Verdict::Agree
}

/// Whether title `j` says everything title `i` says (same office and rank, and at
/// least `i`'s department and portfolio): "Deputy Assistant Secretary of State for
/// Russia" implies "Deputy Assistant Secretary".
pub fn implies(j: &Title, i: &Title) -> bool {
    let set = |t: &Title| t.rank.iter().cloned().collect::<BTreeSet<String>>();
    let part = |a: &Option<String>, b: &Option<String>| a.is_none() || a == b;
    let portfolio = match (&i.portfolio, &j.portfolio) {
        (None, _) => true,
        (Some(a), Some(b)) => a.is_subset(b),
        (Some(_), None) => false,
    };
    j.office == i.office && set(j) == set(i) && part(&i.department, &j.department) && portfolio
}

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
