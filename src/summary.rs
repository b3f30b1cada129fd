//! A plain-text rendering of an analysis, for the CLI's `--format text`.

use crate::report::Analysis;
use std::fmt::Write;

/// Renders entities, the timeline and the contradictions as readable text.
pub fn render(a: &Analysis) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} documents, {} entities, {} events, {} contradictions",
        a.documents.len(),
        a.entities.len(),
        a.events.len(),
        a.contradictions.len()
    );
    for d in &a.documents {
        let date = d.published.value.as_deref().unwrap_or("no date");
        let how = if d.published.inferred {
            format!(" (inferred from {}, {})", d.published.basis, d.published.confidence)
        } else {
            String::new()
        };
        let _ =
            writeln!(s, "  {}  {}{}  {}", d.id, date, how, d.source.as_deref().or(d.title.as_deref()).unwrap_or(""));
    }
    let _ = writeln!(s, "\nENTITIES");
    for e in &a.entities {
        let roles: Vec<&str> = e.roles.iter().map(|r| r.text.as_str()).collect();
        let _ = writeln!(
            s,
            "  {:<8} {}  [{}]  sources {}{}{}",
            e.kind,
            e.name,
            e.variants.join(" | "),
            e.sources.len(),
            if e.metonyms.is_empty() { String::new() } else { format!("  metonyms {}", e.metonyms.len()) },
            if roles.is_empty() { String::new() } else { format!("  roles: {}", roles.join("; ")) }
        );
    }
    let _ = writeln!(s, "\nTIMELINE");
    for v in &a.events {
        let date = v
            .date
            .as_ref()
            .map(|d| format!("{}{}", d.value, if d.inferred { " (inferred)" } else { "" }))
            .unwrap_or_else(|| "undated".into());
        let _ = writeln!(s, "  {:<24} {:<10} {}  [{}]", date, v.status, v.summary, v.sources.join(", "));
    }
    let _ = writeln!(s, "\nCONTRADICTIONS");
    for c in &a.contradictions {
        let _ = writeln!(s, "  [{}] {} / {} — {}: {}", c.severity, c.kind, c.attribute, c.subject, c.explanation);
        for cl in &c.claims {
            let _ = writeln!(s, "      {} @{}-{}: \"{}\"", cl.doc, cl.start, cl.end, cl.quote);
        }
    }
    s
}
