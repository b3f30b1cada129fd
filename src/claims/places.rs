//! Where something happened: the named place a verb is attached to (`place`: "met in
//! Istanbul" vs "met in Ankara"), and the kind of place (`site`: "died at the scene" vs "died
//! on the way to the hospital"; "killed in the courtroom" vs "killed outside the courthouse"). An
//! aligned kind: two reports' places are compared when their clauses say the same thing.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::entities::Key;
use crate::lexicon::{gazetteer, Place};
use crate::span::Span;

/// The place claim kind.
pub struct Places;

impl ClaimKind for Places {
    fn name(&self) -> &'static str {
        "place"
    }

    fn flag_kind(&self) -> &'static str {
        "place"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            for si in 0..cx.c.sentences[d].len() {
                named(cx, d, si, out);
                loci(cx, d, si, out);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Place(x), Value::Place(y)) = (a, b) else { return Verdict::Agree };
        if x == y {
            return Verdict::Agree;
        }
        match (x.strip_prefix("locus:"), y.strip_prefix("locus:")) {
            (Some(p), Some(q)) => loci_differ(p, q),
            (None, None) => places(x, y),
            _ => Verdict::Agree,
        }
    }

    fn aligned(&self) -> bool {
        true
    }
}

/// Prepositions that introduce where something happened (`[locative]`).
fn locative(w: &str) -> bool {
    super::words::is(super::words::List::Locative, w)
}

/// Named places after a locative: "met in Istanbul".
fn named(cx: &Context, d: usize, si: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let s = &c.sentences[d][si];
    let toks = &c.tokens[d];
    for &m in cx.mentions_in(d, s.first, s.last) {
        let men = &cx.ents.mentions[m];
        let Key::Place(id) = &men.key else { continue };
        if men.metonym_of.is_some() {
            continue;
        }
        let a = toks.partition_point(|t| t.span.end <= men.span.start);
        let b = toks.partition_point(|t| t.span.start < men.span.end);
        if a <= s.first || !locative(super::tok(c, d, a - 1)) {
            continue;
        }
        let Some(pred) = cx.predicate(d, (a - 1, b)) else { continue };
        if !super::lemma::is_verb_form(super::tok(c, d, pred)) {
            continue;
        }
        let scope = cx.scopes.of(c, &cx.timexes[d], d, si, a, b);
        let mut claim =
            Claim::new(cx, d, Subject::Event(cx.scopes.story(d), scope), "place", Value::Place(id.clone()), men.span);
        claim.keyed_by_word(cx, d, pred);
        let (ca, cb) = cx.clause(d, pred.min(a));
        claim.cue = cx.cue(d, ca.min(pred), cb.max(b), (a, b));
        claim.aligned = true;
        out.push(claim);
    }
}

/// Kinds of place: the scene, on the way to hospital, in hospital, inside or outside a building.
fn loci(cx: &Context, d: usize, si: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let s = &c.sentences[d][si];
    let toks = &c.tokens[d];
    let w = |k: usize| if k < s.last { super::tok(c, d, k) } else { "" };
    for k in s.first..s.last {
        let skip_det = |j: usize| if matches!(w(j), "the" | "a" | "an" | "his" | "her" | "their") { j + 1 } else { j };
        let found: Option<(String, usize)> = match w(k) {
            "at" if w(skip_det(k + 1)) == "scene" => Some(("scene".into(), skip_det(k + 1) + 1)),
            "on" if w(k + 1) == "the" && w(k + 2) == "way" && w(k + 3) == "to" && w(skip_det(k + 4)) == "hospital" => {
                Some(("en route to hospital".into(), skip_det(k + 4) + 1))
            }
            "en" if w(k + 1) == "route" && w(k + 2) == "to" && w(skip_det(k + 3)) == "hospital" => {
                Some(("en route to hospital".into(), skip_det(k + 3) + 1))
            }
            "in" | "at" if w(skip_det(k + 1)) == "hospital" => Some(("hospital".into(), skip_det(k + 1) + 1)),
            "in" | "inside" | "into" | "outside" => {
                let j = skip_det(k + 1);
                let noun = w(j);
                (j > k + 1 && building(noun)).then(|| {
                    let side = if w(k) == "outside" { "outside" } else { "inside" };
                    (format!("{side} {noun}"), j + 1)
                })
            }
            _ => None,
        };
        let Some((locus, end)) = found else { continue };
        let Some(pred) = cx.predicate(d, (k, end)) else { continue };
        if !super::lemma::is_verb_form(super::tok(c, d, pred)) {
            continue;
        }
        let quote = Span::new(toks[pred.min(k)].span.start, toks[(end - 1).max(pred)].span.end);
        let scope = cx.scopes.of(c, &cx.timexes[d], d, si, k, end);
        let mut claim = Claim::new(
            cx,
            d,
            Subject::Event(cx.scopes.story(d), scope),
            "site",
            Value::Place(format!("locus:{locus}")),
            quote,
        );
        claim.keyed_by_word(cx, d, pred);
        claim.display = locus;
        // The kind of place something happened is compared among the claims of one verb
        // ("died at the scene", "died on the way to the hospital"): the clauses rarely name
        // enough to align them, and a report that names two sites itself takes no side.
        claim.strength = Severity::Medium;
        out.push(claim);
    }
}

/// Buildings and rooms where "inside" and "outside" can be told apart (`[building]`).
fn building(w: &str) -> bool {
    super::words::is(super::words::List::Building, w)
}

/// Two kinds of place for one happening.
fn loci_differ(p: &str, q: &str) -> Verdict {
    let split =
        |s: &str| s.split_once(' ').map_or((s.to_string(), String::new()), |(a, b)| (a.to_string(), b.to_string()));
    let ((ps, pn), (qs, qn)) = (split(p), split(q));
    let sides = matches!((ps.as_str(), qs.as_str()), ("inside", "outside") | ("outside", "inside"));
    if sides {
        // "in the courtroom" and "outside the courthouse": one place is in the other.
        let related = pn == qn || (pn.len() >= 4 && qn.len() >= 4 && pn[..4] == qn[..4]);
        return if related {
            Verdict::conflict(Severity::Medium, format!("one source says {p}, another {q}"))
        } else {
            Verdict::Agree
        };
    }
    let care = |s: &str| matches!(s, "scene" | "en" | "hospital");
    if care(&ps) && care(&qs) && ps != qs {
        return Verdict::conflict(Severity::Medium, format!("one source says {p}, another {q}"));
    }
    Verdict::Agree
}

/// Two named places for one happening: different countries cannot both be true; two
/// cities of one country are a medium conflict; a city and its own country agree.
fn places(x: &str, y: &str) -> Verdict {
    let country = |id: &str| -> Option<String> {
        match id.strip_prefix("C:") {
            Some(code) => Some(code.to_string()),
            None => match gazetteer().place(id.strip_prefix("P:")?)? {
                Place::Country(c) | Place::Capital(_, c) | Place::Other(_, c) => Some(c),
            },
        }
    };
    // City names are ambiguous (many towns share a name) and neighbourhoods are unknown,
    // so only countries and capitals are trusted to locate an event.
    let reliable = |id: &str| {
        id.starts_with("C:") || matches!(gazetteer().place(id.trim_start_matches("P:")), Some(Place::Capital(..)))
    };
    match (country(x), country(y)) {
        (Some(a), Some(b)) if a != b => match (reliable(x), reliable(y)) {
            (true, true) => Verdict::conflict(Severity::High, "the sources place it in different countries"),
            (true, false) | (false, true) => Verdict::conflict(
                Severity::Medium,
                "the sources place it in places that appear to be in different countries",
            ),
            (false, false) => Verdict::Agree,
        },
        (Some(_), Some(_)) if x.starts_with("P:") && y.starts_with("P:") && (reliable(x) || reliable(y)) => {
            Verdict::conflict(Severity::Medium, "the sources place it in different cities")
        }
        _ => Verdict::Agree,
    }
}
