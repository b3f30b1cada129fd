//! A team's record: "Indianapolis (10-5)", "The Colts (10-5, 4-4 away)", "Indianapolis'
//! record rose to 9-5", "gave the Colts a 9-5 season". Wins and losses (and ties) of one
//! team at one time; two reports of one date that give different records disagree. Game
//! scores ("beat the Chiefs 20-13", "tied the game 13-13") are not records.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::entities::EntityType;
use crate::span::Span;
use crate::text::TokenKind;

/// The record claim kind.
pub struct Records;

impl ClaimKind for Records {
    fn name(&self) -> &'static str {
        "record"
    }

    fn flag_kind(&self) -> &'static str {
        "number"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        // The team each place stands for, found once per place (it scans every entity).
        let mut teams = rustc_hash::FxHashMap::default();
        for d in 0..cx.c.docs.len() {
            for s in &cx.c.sentences[d] {
                for k in s.first..s.last.saturating_sub(2) {
                    if let Some(claim) = record_at(cx, d, k, s.first, s.last, &mut teams) {
                        out.push(claim);
                    }
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Phrase(x), Value::Phrase(y)) if x != y => {
                Verdict::conflict(Severity::High, format!("a team has one record at a time ({x} and {y})"))
            }
            _ => Verdict::Agree,
        }
    }
}

/// "N-M" (wins and losses) at token `k`: its text and the token after it.
fn pair_at(cx: &Context, d: usize, k: usize, last: usize) -> Option<(String, usize)> {
    let t = &cx.c.tokens[d];
    let num =
        |j: usize| j < last && t[j].kind == TokenKind::Number && cx.c.word(d, j).bytes().all(|b| b.is_ascii_digit());
    if !(num(k)
        && k + 2 < last
        && cx.c.word(d, k + 1) == "-"
        && !t[k + 1].space_before
        && !t[k + 2].space_before
        && num(k + 2))
    {
        return None;
    }
    let (w, l) = (cx.c.word(d, k), cx.c.word(d, k + 2));
    // A record counts games: a season has a few dozen at most.
    let games = w.parse::<u32>().ok()? + l.parse::<u32>().ok()?;
    (games > 0 && games <= 200).then(|| (format!("{w}-{l}"), k + 3))
}

fn record_at(
    cx: &Context,
    d: usize,
    k: usize,
    first: usize,
    last: usize,
    teams: &mut rustc_hash::FxHashMap<usize, Option<usize>>,
) -> Option<Claim> {
    let (value, end) = pair_at(cx, d, k, last)?;
    let w = |j: usize| super::tok(cx.c, d, j);
    // "Team (10-5": the team right before the bracket.
    let bracketed = k > first && w(k - 1) == "(";
    // "record rose to 9-5", "record of 9-5", "a 9-5 season", "a 9-5 record".
    let record_before = (k.saturating_sub(4).max(first)..k).any(|j| matches!(w(j), "record" | "mark"));
    let season_after = end < last && matches!(w(end), "season" | "record" | "mark");
    if !(bracketed || record_before || season_after) {
        return None;
    }
    // The team: a name right before the bracket, else the nearest organisation or place named before.
    let toks = &cx.c.tokens[d];
    let team = if bracketed {
        let open = toks[k - 1].span.start;
        cx.mentions_in(d, first, k - 1)
            .iter()
            .rev()
            .find(|&&m| cx.c.docs[d].text[cx.ents.mentions[m].span.end..open].trim().is_empty())
    } else {
        cx.mentions_in(d, first, k).iter().rev().find(|&&m| !matches!(cx.ents.mentions[m].kind, EntityType::Person))
    };
    let &m = team?;
    if of_another_season(cx, d, m) {
        return None;
    }
    let entity = cx.ents.entity_of[m];
    if matches!(cx.ents.entities[entity].kind, EntityType::Person) {
        return None;
    }
    // "Indianapolis (10-5)": a city stands for its team when the set names one team after it.
    let entity = teams.entry(entity).or_insert_with(|| team_of_place(cx, entity)).unwrap_or(entity);
    let quote = Span::new(toks[k].span.start, toks[end - 1].span.end);
    let mut claim = Claim::new(cx, d, Subject::Entity(entity), "record", Value::Phrase(value), quote);
    claim.display = format!("{} {}", cx.ents.entities[entity].name, quote.of(&cx.c.docs[d].text));
    Some(claim)
}

/// The team named after place entity `e` ("Indianapolis" → the entity of "Indianapolis
/// Colts"): of the organisations and other names written as the place's name and a
/// capitalised word, the one mentioned most (none on a tie).
fn team_of_place(cx: &Context, e: usize) -> Option<usize> {
    let ents = cx.ents;
    if ents.entities[e].kind != EntityType::Place {
        return None;
    }
    let prefix = format!("{} ", ents.entities[e].name);
    let named_after = |t: &crate::entities::Entity| {
        matches!(t.kind, EntityType::Org | EntityType::Other)
            && t.mentions.iter().any(|&m| {
                let men = &ents.mentions[m];
                men.span.of(&cx.c.docs[men.doc].text).strip_prefix(&prefix).is_some_and(|rest| {
                    rest.starts_with(char::is_uppercase) && !rest.contains(|ch: char| ch.is_ascii_digit())
                })
            })
    };
    let mut best: Option<(usize, usize)> = None;
    let mut tie = false;
    for (t, ent) in ents.entities.iter().enumerate().filter(|(_, t)| named_after(t)) {
        match best {
            Some((_, n)) if ent.mentions.len() == n => tie = true,
            Some((_, n)) if ent.mentions.len() < n => {}
            _ => {
                best = Some((t, ent.mentions.len()));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(t, _)| t)
}

/// Whether a team mention names the team of another season or a likeness, not the team
/// now: "The 2008 Chiefs" (a date of another year right before the name), "a Chiefs-like
/// 2-14 mark".
fn of_another_season(cx: &Context, d: usize, m: usize) -> bool {
    let text = &cx.c.docs[d].text;
    let span = cx.ents.mentions[m].span;
    if text[span.end..].starts_with("-like") {
        return true;
    }
    let year = |t: &crate::time::Timex| t.value.get(..4).and_then(|y| y.parse::<i32>().ok());
    cx.timexes[d]
        .iter()
        .filter(|t| t.span.end <= span.start && text[t.span.end..span.start].trim().is_empty())
        .filter_map(year)
        .any(|y| cx.scopes.reference(d).is_none_or(|day| y != chrono::Datelike::year(&day)))
}
