//! What the analysis produced, one line per item, for a failure report: the flags always,
//! and the part of the output a failing expectation is about.

use std::fmt::Write;

use storylens::Analysis;

use super::check::Section;

/// The produced items of `section`, indented, one per line (a flag with its claims below it).
pub fn section(a: &Analysis, section: Section) -> String {
    let mut s = String::new();
    match section {
        Section::Flags => flags(&mut s, a),
        Section::Claims => {
            let _ = writeln!(s, "    claims produced ({}):", a.claims.len());
            for c in &a.claims {
                let _ = writeln!(
                    s,
                    "      {} {:?} = {:?} about {:?} quote {:?} {:?}",
                    c.doc, c.attribute, c.value, c.subject, c.quote, c.qualifiers
                );
            }
        }
        Section::Facts => {
            let _ = writeln!(s, "    facts produced ({}; compared {}):", a.facts.len(), a.compared.facts);
            for f in &a.facts {
                let _ = writeln!(
                    s,
                    "      {} {:?} ({}) about {:?}: {}, {} sources",
                    f.id, f.label, f.kind, f.subject, f.status, f.sources
                );
            }
        }
        Section::Entities => {
            let _ = writeln!(s, "    entities produced ({}):", a.entities.len());
            for e in &a.entities {
                let mentions: Vec<String> = e.mentions.iter().map(|m| format!("{}:{:?}", m.doc, m.text)).collect();
                let _ = writeln!(s, "      {} {} {:?}: {}", e.id, e.kind, e.name, mentions.join(", "));
            }
        }
        Section::Events => {
            let _ = writeln!(s, "    events produced ({}):", a.events.len());
            for e in &a.events {
                let date = e.date.as_ref().map_or("undated", |d| d.value.as_str());
                let _ = writeln!(s, "      {} {} {} {}: {:?}", e.id, date, e.status, e.kind, e.summary);
            }
        }
    }
    s
}

fn flags(s: &mut String, a: &Analysis) {
    if a.contradictions.is_empty() {
        let _ = writeln!(s, "    flags produced: none");
        return;
    }
    let _ = writeln!(s, "    flags produced ({}):", a.contradictions.len());
    for f in &a.contradictions {
        let _ = writeln!(s, "      {} {:?} {} {} about {:?}", f.id, f.attribute, f.kind, f.severity, f.subject);
        for c in &f.claims {
            let _ = writeln!(s, "        {} {:?} = {:?} {:?}", c.doc, c.quote, c.value, c.qualifiers);
        }
    }
}
