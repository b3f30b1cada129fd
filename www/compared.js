// "What was compared": the analysis's `compared` in words, so that a short or empty list
// of disagreements never stands alone ("no contradictions" says nothing when nothing
// could be compared). Shared by the Overview, the Contradictions tab and the widget.

import { h, plural } from "./dom.js";

/** A fact kind (facts[].kind, compared.by_kind[].kind) as a plural noun. */
const KINDS = {
  number: ["figure", "figures"],
  date: ["date", "dates"],
  time: ["time of day", "times of day"],
  place: ["place", "places"],
  title: ["title", "titles"],
  descriptor: ["description", "descriptions"],
  spelling: ["name spelling", "name spellings"],
  participants: ["list of who took part", "lists of who took part"],
};

/** "13 figures, 6 dates and 2 places" from `compared.by_kind`. */
export function kindsText(byKind) {
  const parts = (byKind ?? [])
    .filter((k) => k.facts > 0)
    .sort((a, b) => b.facts - a.facts)
    .map((k) => plural(k.facts, ...(KINDS[k.kind] ?? [k.kind, k.kind])));
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "");
}

/**
 * The sentences saying what was compared (null when the analysis has no `compared`):
 * how many facts two or more sources state, of which kinds, how many only one source
 * states, which reports are undated, and that stories are kept apart. `flags` is the
 * number of contradictions (0 says so).
 */
export function comparedText(analysis, name) {
  const c = analysis.compared;
  if (!c) return null;
  const out = [];
  const flags = analysis.contradictions?.length ?? 0;
  if (c.facts > 0) {
    const kinds = kindsText(c.by_kind);
    out.push(`Compared ${plural(c.facts, "fact")} that two or more sources state${kinds ? ` (${kinds})` : ""}${flags === 0 ? ", and found no disagreement" : ""}.`);
  } else {
    out.push("No fact is stated by two or more sources, so nothing could be compared.");
  }
  if (c.single_source) out.push(`${plural(c.single_source, "more fact")} ${c.single_source === 1 ? "is" : "are"} stated by one source only: nothing to compare ${c.single_source === 1 ? "it" : "them"} with.`);
  const undated = (c.undated ?? []).map(name);
  if (undated.length) out.push(`Without a date, so their figures cannot be put in order: ${undated.join("; ")}.`);
  if (c.stories > 1) out.push(`The reports tell ${c.stories} different stories, which are not compared with each other.`);
  return out.join(" ");
}

/** comparedText as a paragraph (class "compared"), or null. */
export function comparedNote(ctx, extra = "") {
  const text = comparedText(ctx.analysis, ctx.name);
  return text ? h("p", { class: `compared muted${extra ? ` ${extra}` : ""}` }, text) : null;
}
