// The widget's stylesheet, applied inside its shadow root as a constructable stylesheet
// (adoptedStyleSheets: CSSOM, so the host page's CSP needs no 'unsafe-inline' for it).
// Nothing here can match the host page, and `.root { all: initial }` stops the host's
// inherited properties (font, colour, line height…) at the widget's edge.

export const STYLES = `
:host { display: block; contain: content; }
:host([hidden]) { display: none; }
.root {
  all: initial;
  display: block;
  box-sizing: border-box;
  min-width: 0;
  max-width: 100%;
  overflow: auto;
  overscroll-behavior: contain;
  color-scheme: light dark;
  --bg: light-dark(#ffffff, #1b1c1f);
  --soft: light-dark(#f4f5f7, #26282c);
  --text: light-dark(#1c1d1f, #e8e9eb);
  --muted: light-dark(#575b62, #a9aeb6);
  --border: light-dark(#d0d3d8, #3d4046);
  --accent: light-dark(#1f5fbf, #8ab8ff);
  --chip: light-dark(#e8eef8, #243247);
  --chip-text: light-dark(#173d73, #cfe0ff);
  --mark: light-dark(#ffe36e, #7a6500);
  --high: light-dark(#b3261e, #ff8a80);
  --medium: light-dark(#8a5100, #f0b45a);
  --low: light-dark(#4d5866, #b0bac6);
  --person: light-dark(#1f5fbf, #8ab8ff);
  --org: light-dark(#1d7a4c, #6fd7a0);
  --place: light-dark(#9a4f00, #f0b45a);
  --other: light-dark(#6b4fa8, #c3a9ff);
  background: var(--bg);
  color: var(--text);
  border: 1px solid var(--border);
  border-radius: 8px;
  padding: 12px 14px;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
:host([theme="light"]) .root { color-scheme: light; }
:host([theme="dark"]) .root { color-scheme: dark; }
*, *::before, *::after { box-sizing: border-box; }
h2, h3, p, ul, ol, blockquote { margin: 0; padding: 0; }
ul, ol { list-style: none; }
h2 { font-size: 17px; line-height: 1.3; font-weight: 700; }
h3 { font-size: 12px; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); font-weight: 700; margin: 14px 0 6px; }
button { font: inherit; color: inherit; cursor: pointer; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.brand { font-size: 12px; color: var(--muted); font-weight: 600; }
.brand b { color: var(--accent); }
.muted, .kind { color: var(--muted); }
.kind { font-size: 13px; }
.small { font-size: 13px; }
.status { color: var(--muted); padding: 6px 0; }
.placeholder { min-height: 120px; display: grid; align-content: center; gap: 4px; }
.error { color: var(--high); border-left: 4px solid var(--high); padding: 4px 10px; margin-top: 6px; }
.notes { color: var(--medium); font-size: 13px; margin-top: 6px; }

.reports { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; align-items: center; }
.reports .doc-chip { max-width: 16em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }
.doc-chip { display: inline-block; padding: 0 8px; border-radius: 10px; background: var(--chip); color: var(--chip-text); font-size: 12px; font-weight: 600; line-height: 1.6; }

.strip { display: flex; gap: 8px; overflow-x: auto; scroll-snap-type: x proximity; padding-bottom: 6px; }
.strip > li { flex: 0 0 172px; scroll-snap-align: start; border: 1px solid var(--border); border-top: 4px solid var(--accent); border-radius: 6px; padding: 6px 8px; background: var(--soft); }
.strip > li[data-status="background"] { border-top-color: var(--muted); }
.strip > li[data-status="future"] { border-top-style: dashed; }
.when { font-weight: 700; font-size: 13px; }
.event-kind { font-size: 12px; color: var(--muted); text-transform: capitalize; }
.summary { font-size: 13px; margin-top: 2px; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
.by { font-size: 12px; color: var(--muted); margin-top: 4px; }

.counts { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: baseline; font-weight: 700; }
.sev-count { display: inline-flex; align-items: baseline; gap: 4px; }
.sev-count .n { font-size: 20px; }
.severity-high { color: var(--high); }
.severity-medium { color: var(--medium); }
.severity-low { color: var(--low); }
.expand { margin-top: 8px; border: 1px solid var(--border); background: var(--soft); border-radius: 6px; padding: 5px 10px; font-weight: 600; }
.expand:hover { border-color: var(--accent); }
.expand::after { content: " ▾"; }
.expand[aria-expanded="true"]::after { content: " ▴"; }

.entity-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.entity-chips > li { border: 1px solid var(--border); border-left: 4px solid var(--other); border-radius: 6px; padding: 2px 8px; }
.entity-chips > li[data-type="PERSON"] { border-left-color: var(--person); }
.entity-chips > li[data-type="ORG"] { border-left-color: var(--org); }
.entity-chips > li[data-type="PLACE"], .entity-chips > li[data-type="FACILITY"] { border-left-color: var(--place); }
.entity-name { font-weight: 600; }
.entity-meta { font-size: 12px; color: var(--muted); display: block; }

.more { margin-top: 10px; }
.cards { display: grid; gap: 10px; }
.card { border: 1px solid var(--border); border-left: 5px solid var(--low); border-radius: 6px; padding: 8px 10px; }
.card[data-severity="high"] { border-left-color: var(--high); }
.card[data-severity="medium"] { border-left-color: var(--medium); }
.card h3 { text-transform: none; letter-spacing: 0; font-size: 15px; color: var(--text); margin: 4px 0 2px; }
.card-meta { font-size: 13px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; border: 1px solid currentColor; font-size: 12px; font-weight: 600; }
.claim { margin: 8px 0 0; }
.claim-value { margin-left: 4px; }
.quote { margin: 4px 0 0; padding: 2px 10px; border-left: 3px solid var(--border); font-size: 14px; }
mark { background: var(--mark); color: inherit; padding: 0 1px; }
.explanation { color: var(--muted); font-style: italic; margin-top: 6px; font-size: 14px; }
.qualifier { display: inline-block; margin: 0 4px 2px 0; padding: 0 5px; border-radius: 4px; background: rgba(127, 127, 127, 0.15); font-size: 12px; }
.voices { font-size: 13px; }
.card-about, .claim-date { font-size: 13px; color: var(--muted); }
.claim-date { display: block; }
.series-head, .who-head { font-weight: 600; font-size: 13px; margin-top: 6px; }
.series-steps { list-style: none; margin: 2px 0 0; padding: 4px 8px; border-radius: 6px; background: rgba(127, 127, 127, 0.1); }
.series-step + .series-step { border-top: 1px dashed var(--border); margin-top: 3px; padding-top: 3px; }
.series-step + .series-step .series-date::before { content: "→ "; }
.series-date { display: block; font-size: 12px; font-weight: 700; color: var(--muted); }
.series-values { list-style: none; margin: 0; padding: 0; font-size: 14px; }
.series-docs .doc-chip { margin-right: 3px; }
.who .claim { border-top: 1px solid var(--border); padding-top: 4px; }
.who .claim-value { margin-left: 0; }
.claim-item + .claim-item { margin-top: 4px; }
.report-list > li { margin: 4px 0; font-size: 14px; }
.report-list .doc-title { font-style: italic; }
.foot { margin-top: 12px; font-size: 12px; color: var(--muted); }
[hidden] { display: none !important; }
`;
