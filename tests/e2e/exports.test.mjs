// Exports: the JSON contract, entities and timeline CSV, the Markdown brief of the flags,
// and the self-contained HTML report (opened from file:// with no request and no script).
// An exported analysis loads back as sources.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { analyse, cardNames, downloadText, foreignRequests, launchBrowser, loadExample, offsetMismatches, openPage, SCREENSHOTS, serveWww, waitReady } from "./helpers.mjs";

let server;
let browser;
before(async () => {
  server = await serveWww();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Minimal RFC 4180 parser for the checks below. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r") continue;
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else field += c;
  }
  return rows;
}

test("every export, with the user's source names; the exported JSON loads back", async () => {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await page.fill(".source-card >> nth=2 >> .source-outlet", "Wire report =HYPERLINK(1)");
  await page.dispatchEvent(".source-card >> nth=2 >> .source-outlet", "change");
  await analyse(page);

  const json = await downloadText(page, "#export-json");
  assert.equal(json.name, "storylens-analysis.json");
  const analysis = JSON.parse(json.text);
  assert.equal(analysis.schema, "storylens/1");
  assert.equal(analysis.documents.length, 5);
  assert.deepEqual(offsetMismatches(analysis), []);
  assert.equal(analysis.documents[2].source, "Wire report =HYPERLINK(1)", "a renamed source is sent as its source");

  const entities = parseCsv((await downloadText(page, "#export-entities")).text);
  assert.deepEqual(entities[0], ["id", "type", "name", "variants", "sources", "mentions", "roles"]);
  assert.equal(entities.length - 1, analysis.entities.length);
  const darchiev = entities.find((r) => r[2] === "Alexander Darchiev");
  assert.ok(darchiev && darchiev[3].includes("Darchiyev"), `variants: ${darchiev}`);
  assert.ok(darchiev[4].includes("Brussels Morning Newspaper"), "sources are not named");

  const timeline = parseCsv((await downloadText(page, "#export-timeline")).text);
  assert.deepEqual(timeline[0], ["id", "date", "date_inferred", "status", "kind", "summary", "sources", "date_precision", "date_basis", "date_expression"]);
  assert.equal(timeline.length - 1, analysis.events.length);
  assert.ok(timeline.some((r) => r[1] === "2025-04-10" && r[4] === "meeting"));
  // How each date is known, as the analysis says it.
  for (const [i, ev] of analysis.events.entries()) assert.deepEqual(timeline[i + 1].slice(7), [ev.date?.precision ?? "", ev.date?.basis ?? "", ev.date?.expression ?? ""]);
  assert.ok(timeline.some((r) => r[8] === "stated" && r[9] !== ""), "no stated date with its expression");

  const brief = (await downloadText(page, "#export-brief")).text;
  assert.match(brief, /^# storylens brief: \d+ contradiction flags/);
  for (const c of analysis.contradictions) assert.ok(brief.includes(`## ${c.id} · ${c.severity}`), `${c.id} missing from the brief`);
  assert.ok(brief.includes("**Brussels Morning Newspaper**"));
  // Context: each source with its title and date, each flag with its event, each value in its sentence.
  assert.match(brief, /- \*\*US and Russia hold talks to restore diplomatic…\*\*: “US and Russia hold talks to restore diplomatic functions”, Thu, 10 Apr 2025 \(inferred\)/);
  const rank = brief.slice(brief.indexOf("## C1 "), brief.indexOf("## C2 "));
  assert.match(rank, /About: Meeting, Thu, 10 Apr 2025 \(inferred date\): /, `no event for the first flag:\n${rank}`);
  assert.match(rank, /> The discussions will be led by .*\*\*Deputy Assistant Secretary of State\*\* Sonata Coulter/, `the value is not quoted in its sentence:\n${rank}`);
  const quoted = brief.split("\n").filter((l) => l.startsWith("  > "));
  assert.ok(quoted.length >= analysis.contradictions.length * 2);
  assert.ok(quoted.every((l) => /\*\*.+\*\*/.test(l) && l.replace(/\*\*.+?\*\*/, "").trim().length > 4), `a quote without its sentence: ${quoted.find((l) => l.replace(/\*\*.+?\*\*/, "").trim().length <= 4)}`);

  const report = await downloadText(page, "#export-report");
  assert.equal(report.name, "storylens-report.html");
  assert.ok(!/<script/i.test(report.text), "the report contains a script");
  const path = join(tmpdir(), `storylens-report-${process.pid}.html`);
  writeFileSync(path, report.text);
  const offline = await openPage(browser);
  await offline.page.goto(pathToFileURL(path).href);
  assert.match(await offline.page.textContent("h1"), /storylens report/);
  assert.equal(await offline.page.locator("section.card").count(), analysis.contradictions.length);
  assert.ok((await offline.page.textContent("body")).includes("Pioneer Point"));
  // The report quotes each value in its sentence and says which event a flag is about.
  const quotes = await offline.page.$$eval("section.card blockquote", (els) => els.map((e) => [e.textContent, e.querySelector("mark").textContent]));
  assert.ok(quotes.length >= 2 && quotes.every(([all, mark]) => all.length > mark.length + 4), `quotes without their sentences: ${JSON.stringify(quotes.slice(0, 3))}`);
  assert.ok((await offline.page.locator("section.card .about").count()) >= 1, "no flag says what event it is about");
  assert.match(await offline.page.textContent("main ol"), /US and Russia hold talks to restore diplomatic functions/);
  assert.deepEqual(offline.requests.filter((u) => !u.startsWith("file:")), [], "the report made requests");
  assert.deepEqual(offline.errors, []);
  await offline.page.screenshot({ path: `${SCREENSHOTS}report.png`, fullPage: false });
  await offline.context.close();

  // The exported analysis is a storylens .json file: it loads back as five sources.
  const again = await openPage(browser);
  await again.page.goto(`${server.origin}/`);
  await waitReady(again.page);
  await again.page.setInputFiles("#files", { name: "storylens-analysis.json", mimeType: "application/json", buffer: Buffer.from(json.text) });
  await again.page.waitForSelector(".source-card >> nth=4");
  const names = await cardNames(again.page);
  assert.equal(names[0], "Brussels Morning Newspaper");
  assert.equal(names[2], "Wire report =HYPERLINK(1)");
  await analyse(again.page);
  assert.deepEqual(errors, []);
  assert.deepEqual(again.errors, []);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  await again.context.close();
  await context.close();
});
