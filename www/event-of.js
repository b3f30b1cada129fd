// The event a flag is about: the analyser's `event` when it gives one (claims and
// contradictions gain it in a later storylens/1), else the event whose evidence
// sentences hold most of the flag's quotes. Pure, no DOM.

const STATUS = { core: 0, background: 1, future: 2 };

/** The event (an `analysis.events` item) that flag or claim list `c` is about, or null. */
export function eventOf(analysis, c) {
  if (c.event) return analysis.events.find((e) => e.id === c.event) ?? null;
  let best = null;
  let bestCount = 0;
  for (const ev of analysis.events) {
    let count = 0;
    for (const cl of c.claims ?? []) if (ev.evidence.some((s) => s.doc === cl.doc && s.start <= cl.start && cl.end <= s.end)) count++;
    if (count === 0) continue;
    if (count > bestCount || (count === bestCount && ((STATUS[ev.status] ?? 3) < (STATUS[best.status] ?? 3) || (ev.status === best.status && ev.sources.length > best.sources.length)))) {
      best = ev;
      bestCount = count;
    }
  }
  return best;
}
