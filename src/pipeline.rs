//! The stages in order, and the conversion of their results into the public
//! report (the only place byte offsets become code point offsets).

use crate::claims::{self, Claim, Subject};
use crate::contradictions::{self, Outcome};
use crate::corpus::Corpus;
use crate::document::Document;
use crate::entities::{self, Entities};
use crate::events::{self, Events, TimeContext};
use crate::input::{InputError, InputSet};
use crate::report::*;
use crate::span::{CharIndex, Span};
use crate::time::{self, Timex};
use crate::{language, overlap};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// Analyses a document set: the whole pipeline.
pub fn analyze(input: &InputSet) -> Result<Analysis, InputError> {
    analyze_staged(input, &mut |_| {})
}

/// The names of the stages [`analyze_staged`] reports, in order.
pub const STAGES: &[&str] =
    &["documents", "text", "language", "entities", "time", "events", "claims", "contradictions", "overlaps", "report"];

/// [`analyze`], calling `done(stage)` as each stage of [`STAGES`] finishes (for
/// per-stage timing by the caller: the CLI's `bench`, the WebAssembly `analyzeStages`).
/// The output is the same as [`analyze`]'s.
pub fn analyze_staged(input: &InputSet, done: &mut dyn FnMut(&'static str)) -> Result<Analysis, InputError> {
    input.check_limits()?;
    let mut diagnostics = Vec::new();
    let mut docs = Vec::with_capacity(input.documents.len());
    let mut seen = BTreeSet::new();
    for (i, d) in input.documents.iter().enumerate() {
        let (mut doc, warnings) = Document::from_input(d, i);
        if !seen.insert(doc.id.clone()) {
            let mut n = 2;
            while seen.contains(&format!("{}-{n}", doc.id)) {
                n += 1;
            }
            diagnostics.push(diag(Some(&doc.id), format!("duplicate id; renamed to {}-{n}", doc.id)));
            doc.id = format!("{}-{n}", doc.id);
            seen.insert(doc.id.clone());
        }
        for w in warnings {
            diagnostics.push(diag(Some(&doc.id), w));
        }
        docs.push(doc);
    }
    done("documents");
    let corpus = Corpus::new(docs);
    done("text");
    let languages: Vec<&str> = corpus.docs.iter().map(|d| language::detect(&d.text)).collect();
    for (d, lang) in languages.iter().enumerate() {
        if *lang != "en" {
            diagnostics.push(diag(
                Some(&corpus.docs[d].id),
                "this text does not look like English; its entities, dates and claims are unreliable".into(),
            ));
        }
        if corpus.tokens[d].is_empty() {
            diagnostics.push(diag(Some(&corpus.docs[d].id), "this document has no text to analyse".into()));
        }
    }
    done("language");
    let ents = entities::extract(&corpus);
    done("entities");
    let (timexes, dates, published) = time_stage(&corpus, &mut diagnostics);
    done("time");
    let stories = crate::stories::group(&corpus, &ents, &dates);
    let evs = events::extract(&corpus, &ents, &TimeContext { timexes: &timexes, dates: &dates }, stories);
    done("events");
    let cx = claims::Context::new(&corpus, &ents, &evs, &TimeContext { timexes: &timexes, dates: &dates });
    let claims = claims::extract(&cx);
    done("claims");
    let outcome = contradictions::compare(&cx, &claims, &dates);
    done("contradictions");
    let overlaps = overlap::find(&corpus);
    done("overlaps");
    let analysis =
        report(&corpus, &languages, published, &ents, &timexes, &evs, &cx, &claims, &outcome, overlaps, diagnostics);
    done("report");
    Ok(analysis)
}

/// Analyses the JSON input format and returns the JSON output (compact, deterministic).
pub fn analyze_json(json: &str) -> Result<String, InputError> {
    let input = InputSet::from_json(json)?;
    let analysis = analyze(&input)?;
    serde_json::to_string(&analysis).map_err(|e| InputError(format!("could not serialise the analysis: {e}")))
}

fn diag(doc: Option<&str>, message: String) -> DiagnosticOut {
    DiagnosticOut { level: "warning".into(), doc: doc.map(str::to_string), message }
}

type TimeResult = (Vec<Vec<Timex>>, Vec<(Option<NaiveDate>, bool)>, Vec<PublishedOut>);

/// Time expressions against each document's date: given dates first, then dates
/// inferred from the text and the other sources, then a second pass with them. A set
/// whose reports' own dates fall in periods far apart gets a warning naming them.
fn time_stage(c: &Corpus, diagnostics: &mut Vec<DiagnosticOut>) -> TimeResult {
    let sentence_spans: Vec<Vec<Span>> = c.sentences.iter().map(|ss| ss.iter().map(|s| s.span).collect()).collect();
    let texts: Vec<&str> = c.docs.iter().map(|d| d.text.as_str()).collect();
    let given: Vec<Option<NaiveDate>> = c.docs.iter().map(|d| d.published_given).collect();
    // Recognition does not depend on the document date: once per document, then
    // normalised without a date (evidence for the inferred dates) and with it.
    let recognized: Vec<time::Recognized> =
        (0..c.docs.len()).map(|d| time::recognize_all(texts[d], &sentence_spans[d])).collect();
    let inferred = time::docdate::infer_from_recognized(&texts, &sentence_spans, &given, &recognized);
    let own: Vec<Option<NaiveDate>> = (0..c.docs.len())
        .map(|d| given[d].or(inferred[d].filter(|x| x.basis != "other-sources").map(|x| x.date)))
        .collect();
    let guessed: Vec<usize> = (0..c.docs.len()).filter(|&d| own[d].is_none() && inferred[d].is_some()).collect();
    let ids: Vec<&str> = c.docs.iter().map(|d| d.id.as_str()).collect();
    if let Some(message) = time::docdate::mixed_periods(&ids, &own, &guessed) {
        diagnostics.push(diag(None, message));
    }
    let mut timexes = Vec::with_capacity(c.docs.len());
    let mut dates = Vec::with_capacity(c.docs.len());
    let mut published = Vec::with_capacity(c.docs.len());
    for d in 0..c.docs.len() {
        let (date, was_inferred, out) = match (given[d], inferred.get(d).cloned().flatten()) {
            (Some(g), _) => (
                Some(g),
                false,
                PublishedOut {
                    value: Some(g.to_string()),
                    inferred: false,
                    basis: "given".into(),
                    confidence: "high".into(),
                },
            ),
            (None, Some(dd)) => (
                Some(dd.date),
                true,
                PublishedOut {
                    value: Some(dd.date.to_string()),
                    inferred: true,
                    basis: dd.basis.into(),
                    confidence: dd.confidence.into(),
                },
            ),
            (None, None) => (
                None,
                false,
                PublishedOut { value: None, inferred: false, basis: "none".into(), confidence: "low".into() },
            ),
        };
        timexes.push(time::normalize_all(&recognized[d], date).into_iter().map(|(t, _)| t).collect());
        dates.push((date, was_inferred));
        published.push(out);
    }
    (timexes, dates, published)
}

/// Converts byte spans of one document to output spans.
struct Offsets<'a> {
    corpus: &'a Corpus,
    index: Vec<CharIndex<'a>>,
}

impl<'a> Offsets<'a> {
    fn span(&self, doc: usize, s: Span) -> SpanOut {
        let d = &self.corpus.docs[doc];
        SpanOut {
            doc: d.id.clone(),
            start: self.index[doc].char_of(s.start),
            end: self.index[doc].char_of(s.end),
            text: s.of(&d.text).to_string(),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn report(
    c: &Corpus,
    languages: &[&str],
    published: Vec<PublishedOut>,
    ents: &Entities,
    timexes: &[Vec<Timex>],
    evs: &Events,
    cx: &claims::Context,
    claims: &[Claim],
    outcome: &Outcome,
    overlaps: Vec<OverlapOut>,
    diagnostics: Vec<DiagnosticOut>,
) -> Analysis {
    let off = Offsets { corpus: c, index: c.docs.iter().map(|d| CharIndex::new(&d.text)).collect() };
    let documents = c
        .docs
        .iter()
        .zip(published)
        .enumerate()
        .map(|(i, (d, published))| DocumentOut {
            id: d.id.clone(),
            source: d.source.clone(),
            title: d.title.clone(),
            published,
            language: languages[i].to_string(),
            words: c.tokens[i].iter().filter(|t| t.kind == crate::text::TokenKind::Word).count(),
            text: d.text.clone(),
            excluded: d
                .excluded
                .iter()
                .map(|e| {
                    let s = off.span(i, e.span);
                    ExcludedOut { start: s.start, end: s.end, reason: e.reason.to_string() }
                })
                .collect(),
            story: format!("S{}", cx.scopes.story(i) + 1),
        })
        .collect();
    let entity_name = |e: usize| ents.entities[e].name.clone();
    let entities = ents
        .entities
        .iter()
        .enumerate()
        .map(|(e, ent)| {
            let mentions: Vec<SpanOut> =
                ent.mentions.iter().map(|&m| off.span(ents.mentions[m].doc, ents.mentions[m].span)).collect();
            let metonyms: Vec<SpanOut> =
                ent.metonyms.iter().map(|&m| off.span(ents.mentions[m].doc, ents.mentions[m].span)).collect();
            let mut variants: Vec<String> = mentions.iter().map(|m| m.text.clone()).collect();
            crate::sort::sort(&mut variants);
            variants.dedup();
            let mut sources: Vec<usize> =
                ent.mentions.iter().chain(&ent.metonyms).map(|&m| ents.mentions[m].doc).collect();
            crate::sort::sort(&mut sources);
            sources.dedup();
            // Sorted by document position and span before conversion (finding each
            // document by its id inside the comparison was quadratic in the documents).
            let mut role_spans: Vec<(usize, Span)> = ent
                .mentions
                .iter()
                .flat_map(|&m| ents.mentions[m].roles.iter().map(move |&r| (ents.mentions[m].doc, r)))
                .collect();
            crate::sort::sort_by_key(&mut role_spans, |&(d, r)| (d, r.start, r.end));
            let mut roles: Vec<SpanOut> = role_spans.into_iter().map(|(d, r)| off.span(d, r)).collect();
            roles.dedup();
            EntityOut {
                id: format!("E{}", e + 1),
                kind: ent.kind.as_str().to_string(),
                name: ent.name.clone(),
                variants,
                sources: sources.iter().map(|&d| c.docs[d].id.clone()).collect(),
                mentions,
                roles,
                metonyms,
            }
        })
        .collect();
    let timexes_out = timexes
        .iter()
        .enumerate()
        .flat_map(|(d, ts)| {
            let off = &off;
            ts.iter().map(move |t| {
                let s = off.span(d, t.span);
                TimexOut {
                    doc: s.doc,
                    start: s.start,
                    end: s.end,
                    text: s.text,
                    kind: t.kind.as_str().into(),
                    value: t.value.clone(),
                    modifier: t.modifier.map(str::to_string),
                }
            })
        })
        .collect();
    let events = evs
        .events
        .iter()
        .enumerate()
        .map(|(i, ev)| {
            let evidence: Vec<SpanOut> = ev
                .mentions
                .iter()
                .map(|&m| {
                    let em = &evs.mentions[m];
                    off.span(em.doc, c.sentences[em.doc][em.sentence].span)
                })
                .collect();
            let mut sources: Vec<usize> = ev.mentions.iter().map(|&m| evs.mentions[m].doc).collect();
            crate::sort::sort(&mut sources);
            sources.dedup();
            EventOut {
                id: format!("V{}", i + 1),
                kind: ev.kind.to_string(),
                status: ev.status.to_string(),
                date: ev.date.as_ref().map(|v| event_date(c, evs, ev, v)),
                story: format!("S{}", ev.mentions.first().map_or(0, |&m| evs.stories[evs.mentions[m].doc]) + 1),
                summary: summary(ev.kind, &events::summary_sentence(c, evs, ev)),
                sources: sources.iter().map(|&d| c.docs[d].id.clone()).collect(),
                evidence,
                entities: ev.entities.iter().map(|&e| format!("E{}", e + 1)).collect(),
            }
        })
        .collect();
    let main_event = main_events(c, evs, cx);
    // Facts about an entity or a group belong to the story's main event (the title a person
    // is given in the reports of the talks).
    let story_event = |e: usize| -> Option<String> {
        let story = ents.entities[e].mentions.first().map_or(0, |&m| evs.stories[ents.mentions[m].doc]);
        main_event.get(story).copied().flatten().map(|v| format!("V{}", v + 1))
    };
    let subject_of = |s: Subject| -> (String, Option<String>, Option<String>) {
        match s {
            Subject::Entity(e) => (entity_name(e), Some(format!("E{}", e + 1)), story_event(e)),
            Subject::Group(group, None) => {
                (format!("the {group}"), None, main_event.first().copied().flatten().map(|v| format!("V{}", v + 1)))
            }
            Subject::Group(group, Some(e)) => {
                (format!("the {group} of {}", entity_name(e)), Some(format!("E{}", e + 1)), story_event(e))
            }
            Subject::Event(story, claims::scope::Scope::Main) => match main_event.get(story).copied().flatten() {
                Some(v) => {
                    let ev = &evs.events[v];
                    let label =
                        format!("the {}{}", ev.kind, ev.date.as_ref().map(|d| format!(" of {d}")).unwrap_or_default());
                    (label, Some(format!("V{}", v + 1)), Some(format!("V{}", v + 1)))
                }
                None => ("the main event".to_string(), None, None),
            },
            Subject::Event(_, claims::scope::Scope::Background(year)) => {
                (format!("an earlier event ({year})"), None, None)
            }
            Subject::Event(_, claims::scope::Scope::Past) => ("earlier events".to_string(), None, None),
        }
    };
    let voice = overlap::voices(c, &overlaps);
    let count_voices = |docs: &mut dyn Iterator<Item = usize>| docs.map(|d| voice[d]).collect::<BTreeSet<_>>().len();
    // Claims in output order (document, offset), and each claim's position in it.
    let mut order: Vec<usize> = (0..claims.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        (claims[i].doc, claims[i].quote.start, claims[i].quote.end, claims[i].attribute.as_str(), i)
    });
    let mut position = vec![0usize; claims.len()];
    for (p, &i) in order.iter().enumerate() {
        position[i] = p;
    }
    let mut fact_of = vec![None; claims.len()];
    for (n, f) in outcome.facts.iter().enumerate() {
        for &i in f {
            fact_of[i] = Some(n);
        }
    }
    let status_of: std::collections::BTreeMap<usize, &str> = outcome
        .contradictions
        .iter()
        .map(|k| (k.fact, if k.kind == "evolving" { "evolving" } else { "differ" }))
        .collect();
    let facts: Vec<FactOut> = outcome
        .facts
        .iter()
        .enumerate()
        .map(|(n, f)| {
            let first = &claims[f[0]];
            let (subject, subject_id, event) = subject_of(first.subject);
            let mut docs: Vec<usize> = f.iter().map(|&i| claims[i].doc).collect();
            docs.sort_unstable();
            docs.dedup();
            let mut members: Vec<usize> = f.iter().map(|&i| position[i]).collect();
            members.sort_unstable();
            let status = match status_of.get(&n) {
                Some(s) => s,
                None if docs.len() < 2 => "single",
                None => "agree",
            };
            FactOut {
                id: format!("F{}", n + 1),
                subject,
                subject_id,
                event,
                attribute: first.attribute.clone(),
                label: if first.label.is_empty() { first.attribute.clone() } else { first.label.clone() },
                kind: first.kind().flag_kind().to_string(),
                claims: members,
                sources: docs.len(),
                status: status.to_string(),
            }
        })
        .collect();
    let contradictions = outcome
        .contradictions
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let (subject, subject_id, event) = subject_of(k.subject);
            ContradictionOut {
                id: format!("C{}", i + 1),
                kind: k.kind.into(),
                severity: k.severity.as_str().into(),
                subject,
                subject_id,
                attribute: k.attribute.clone(),
                claims: k
                    .claims
                    .iter()
                    .map(|&ci| {
                        let cl = &claims[ci];
                        let s = off.span(cl.doc, cl.quote);
                        ClaimOut {
                            doc: s.doc,
                            value: cl.display.clone(),
                            start: s.start,
                            end: s.end,
                            quote: s.text,
                            qualifiers: cl.qualifiers.labels(),
                        }
                    })
                    .collect(),
                explanation: k.explanation.clone(),
                voices: count_voices(&mut k.claims.iter().map(|&ci| claims[ci].doc)),
                fact: format!("F{}", k.fact + 1),
                event,
                series: k
                    .series
                    .iter()
                    .map(|p| {
                        let mut docs: Vec<usize> = p.claims.iter().map(|&ci| claims[ci].doc).collect();
                        docs.sort_unstable();
                        docs.dedup();
                        SeriesPointOut {
                            date: p.date.map(|d| d.to_string()),
                            value: match &claims[p.claims[0]].value {
                                claims::Value::Range(lo, hi) => claims::range_text(*lo, *hi),
                                _ => claims[p.claims[0]].display.clone(),
                            },
                            docs: docs.iter().map(|&d| c.docs[d].id.clone()).collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let record = |ci: usize| {
        let cl = &claims[ci];
        let (subject, subject_id, _) = subject_of(cl.subject);
        let s = off.span(cl.doc, cl.quote);
        ClaimRecordOut {
            fact: fact_of[ci].map(|n| format!("F{}", n + 1)),
            subject,
            subject_id,
            attribute: cl.attribute.to_string(),
            doc: s.doc,
            value: cl.display.clone(),
            start: s.start,
            end: s.end,
            quote: s.text,
            qualifiers: cl.qualifiers.labels(),
        }
    };
    let uncorroborated =
        contradictions::uncorroborated(&outcome.facts, claims, &voice).into_iter().map(record).collect();
    let claims_out = order.into_iter().map(record).collect();
    let compared = ComparedOut {
        facts: outcome.compared.facts.values().sum(),
        by_kind: outcome.compared.facts.iter().map(|(k, n)| KindCountOut { kind: k.to_string(), facts: *n }).collect(),
        single_source: outcome.compared.single_source,
        undated: outcome.compared.undated.iter().map(|&d| c.docs[d].id.clone()).collect(),
        stories: outcome.compared.stories,
    };
    Analysis {
        schema: SCHEMA,
        generator: format!("storylens {}", env!("CARGO_PKG_VERSION")),
        documents,
        entities,
        timexes: timexes_out,
        events,
        claims: claims_out,
        facts,
        compared,
        contradictions,
        overlaps,
        uncorroborated,
        diagnostics,
    }
}

/// An event's date for the timeline: its value, how precise it is, and the expression it
/// comes from (the first stated one), or that it rests on the reports' news day.
fn event_date(c: &Corpus, evs: &Events, ev: &events::Event, value: &str) -> EventDateOut {
    let stated = ev.mentions.iter().map(|&m| &evs.mentions[m]).find(|m| m.basis == events::Basis::Stated);
    let when = stated.and_then(|m| m.when.as_deref()).unwrap_or(value);
    let time = when.split_once('T').map(|(_, t)| t);
    let precision = match time {
        Some(t) if t.as_bytes().first().is_some_and(u8::is_ascii_digit) => "minute",
        Some(_) => "part of day",
        None if value.len() == 10 => "day",
        None if value.contains('W') => "week",
        None if value.len() == 7 => "month",
        None if value.len() == 4 => "year",
        None => "period",
    };
    EventDateOut {
        value: value.to_string(),
        inferred: ev.inferred,
        precision: precision.to_string(),
        basis: if stated.is_some() { "stated" } else { "report" }.to_string(),
        expression: stated.and_then(|m| m.date_span.map(|s| s.of(&c.docs[m.doc].text).to_string())),
    }
}

/// The main event of each story: its core event reported by the most documents of the story.
fn main_events(c: &Corpus, evs: &Events, cx: &claims::Context) -> Vec<Option<usize>> {
    let mut best: Vec<Option<(usize, usize)>> = vec![None; cx.scopes.stories()];
    for (v, ev) in evs.events.iter().enumerate().filter(|(_, ev)| ev.status == "core" && ev.date.is_some()) {
        let mut docs: Vec<usize> = ev.mentions.iter().map(|&m| evs.mentions[m].doc).collect();
        docs.sort_unstable();
        docs.dedup();
        let Some(&first) = docs.first() else { continue };
        let story = cx.scopes.story(first);
        let n = docs.iter().filter(|&&d| cx.scopes.story(d) == story).count();
        let _ = c;
        if best[story].is_none_or(|(_, m)| n > m) {
            best[story] = Some((v, n));
        }
    }
    best.into_iter().map(|b| b.map(|(v, _)| v)).collect()
}

/// "meeting" → "Meeting" (event kinds are ASCII words).
fn capitalized(kind: &str) -> String {
    let mut s = kind.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// "Meeting: <the sentence that best reports it, shortened>".
fn summary(kind: &str, sentence: &str) -> String {
    let mut s = String::new();
    for w in sentence.split_whitespace() {
        if s.chars().count() + w.chars().count() > 140 {
            s.push('…');
            break;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    format!("{}: {s}", capitalized(kind))
}
