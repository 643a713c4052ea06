import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { htmlReporter } from "../../../src/report/html/index.js";
import { SCRIPT } from "../../../src/report/html/script.js";
import { timeScale } from "../../../src/report/html/time-scale.js";
import { dateValue, day, makeClaim, makeFinding, makeReport, month, quantity, year, yearRange } from "../../helpers/make-report.js";

const rec1 = makeClaim({ id: "c-1", document: "seeds/001.txt", text: "in 1997", sentence: "It was in 1997 that Pakistan recognised the regime.", value: year(1997) });
const rec2 = makeClaim({ id: "c-2", document: "seeds/002.txt", text: "In 1996", trigger: "recognized", sentence: "In 1996, Islamabad recognized the group.", value: year(1996) });
const ref1 = makeClaim({
  id: "c-3",
  rule: "refugees",
  topic: "Afghan refugees",
  measure: "repatriated",
  document: "seeds/003.txt",
  text: "Around 1.2 million",
  sentence: "Around 1.2 million <script>alert(1)</script> refugees were repatriated & sent home.",
  value: quantity({ min: 1.08e6, max: 1.32e6, qualifier: "around", approximate: true, nominal: 1.2e6 }),
});
const ref2 = makeClaim({ id: "c-4", rule: "refugees", topic: "Afghan refugees", measure: "hosted", document: "seeds/004.txt", text: "an estimated 3 million", value: quantity({ min: 2.7e6, max: 3.3e6, qualifier: "estimated", approximate: true, nominal: 3e6 }) });
const visit1 = makeClaim({ id: "c-5", rule: "visit", topic: "Dar's visit", document: "seeds/000.txt", text: "19th April 2025", value: day("2025-04-19") });
const visit2 = makeClaim({ id: "c-6", rule: "visit", topic: "Dar's visit", document: "seeds/003.txt", text: "late April 2025", value: dateValue("2025-04-16", "2025-04-30", "part") });
const single = makeClaim({ id: "c-7", rule: "war", topic: "Soviet–Afghan war", document: "seeds/004.txt", text: "(1979–1989)", value: yearRange(1979, 1989) });
const takeover = makeClaim({ id: "c-8", rule: "takeover", topic: "Takeover", document: "seeds/000.txt", text: "August 2021", value: month(2021, 8) });

const report = makeReport({
  claims: [rec1, rec2, ref1, ref2, visit1, visit2, single, takeover],
  findings: [
    makeFinding({ id: "f-agree", rule: "visit", topic: "Dar's visit", verdict: "agree", claims: ["c-5", "c-6"], basis: { kind: "refinement", finer: "c-5", coarser: "c-6" }, reason: "19 April is in late April." }),
    makeFinding({ id: "f-div", rule: "refugees", topic: "Afghan refugees", verdict: "diverge", claims: ["c-3", "c-4"], basis: { kind: "different-measures", measures: ["repatriated", "hosted"] }, reason: "Different measures." }),
    makeFinding({ id: "f-con", claims: ["c-1", "c-2"], reason: "1997 and 1996 cannot both hold." }),
  ],
});
const html = htmlReporter(report, { color: false });

const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe("htmlReporter", () => {
  it("is one self-contained page: no external resources, a CSP that forbids fetching", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/\s(src|href)="(https?:|\/\/)/i);
    expect(html).not.toMatch(/@import|url\(|@font-face/i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src &#39;none&#39;");
    const hash = createHash("sha256").update(SCRIPT, "utf8").digest("base64");
    expect(csp).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
  });

  it("escapes text from the documents", () => {
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; refugees were repatriated &amp; sent home.");
  });

  it("puts contradictions first, then divergences, then agreements", () => {
    const at = (id: string): number => html.indexOf(`id="${id}"`);
    expect(at("contradictions")).toBeGreaterThan(0);
    expect(at("contradictions")).toBeLessThan(at("divergences"));
    expect(at("divergences")).toBeLessThan(at("agreements"));
    expect(at("f-con")).toBeLessThan(at("f-div"));
    expect(at("f-div")).toBeLessThan(at("f-agree"));
    expect(at("agreements")).toBeLessThan(at("timeline"));
  });

  it("highlights the quote (and the trigger) in its sentence and shows values in the reader's terms", () => {
    expect(html).toContain('It was <mark>in 1997</mark> that Pakistan <span class="trigger">recognised</span> the regime.');
    expect(html).toContain('<p class="value">about 1.2 million people</p>');
    expect(html).toContain('<p class="value">an estimated 3 million people</p>');
    expect(html).toContain('<span class="measure">repatriated</span>');
    expect(html).toContain('<p class="value">late April 2025</p>');
    expect(html).not.toMatch(/<p class="value">[^<]*\d{4}-\d{2}-\d{2}/);
  });

  it("links findings, timeline and documents both ways, with unique ids and no dangling links", () => {
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    for (const t of targets) expect(ids, `#${t}`).toContain(t);
    const doc001 = /<article class="document" id="([^"]+)"[^>]*>\s*<h3>seeds\/001\.txt<\/h3>/.exec(html)?.[1];
    expect(doc001).toBeDefined();
    const card = html.slice(html.indexOf('id="f-con"'), html.indexOf("</article>", html.indexOf('id="f-con"')));
    expect(card).toContain(`href="#${doc001}"`);
    const docEntry = html.slice(html.indexOf(`id="${doc001}"`));
    expect(docEntry.slice(0, docEntry.indexOf("</article>"))).toContain('href="#f-con"');
  });

  it("draws every dated claim on the timeline, grouped by topic, and rings contradicted ones", () => {
    const timeline = html.slice(html.indexOf('<section id="timeline">'), html.indexOf('<section id="documents">'));
    const marks = [...timeline.matchAll(/<a class="mark[^"]*"/g)];
    expect(marks).toHaveLength(6); // c-1, c-2, c-5, c-6, c-7, c-8; quantities are not on the timeline
    expect(timeline).toContain('data-claims="1"');
    expect(timeline.match(/class="mark contradicted/g)).toHaveLength(2);
    expect(timeline).toContain('data-topic="Pakistan&#39;s recognition of the Taliban government"');
    expect(timeline).toContain('<span class="label">1979–1989</span>');
    expect(timeline).toContain('<span class="label">19 April 2025</span>');
    // topics in order of their earliest date
    expect(timeline.indexOf("Soviet–Afghan war")).toBeLessThan(timeline.indexOf("recognition of the Taliban"));
    expect(timeline.indexOf("recognition of the Taliban")).toBeLessThan(timeline.indexOf("Takeover"));
  });

  it("draws claims of one source stating the same value as one mark", () => {
    const again = makeClaim({ id: "c-9", rule: "takeover", topic: "Takeover", document: "seeds/000.txt", text: "in August 2021", offset: 900, value: month(2021, 8) });
    const page = htmlReporter(makeReport({ claims: [takeover, again] }), { color: false });
    const marks = [...page.matchAll(/<a class="mark[^>]*data-claims="(\d+)"[^>]*><span class="label">([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(marks).toEqual([["2", "August 2021 ×2"]]);
  });

  it("offers filters by verdict and topic", () => {
    expect(html).toContain('<input type="checkbox" name="verdict" value="contradict" checked>');
    expect(html).toContain('<option value="Afghan refugees">Afghan refugees</option>');
    expect(html).toMatch(/<article class="finding diverge" id="f-div" data-verdict="diverge" data-topic="Afghan refugees">/);
  });

  it("has print rules and no wording about raw intervals in the visible values", () => {
    expect(html).toContain("@media print");
    expect(html).toContain("break-inside: avoid");
  });

  it("is deterministic", () => {
    expect(htmlReporter(report, { color: false })).toBe(html);
  });

  it("renders a report without findings or dated claims", () => {
    const empty = htmlReporter(makeReport({ claims: [ref1] }), { color: false });
    expect(empty).toContain("No contradictions.");
    expect(empty).toContain("No dated claims.");
  });
});

describe("timeScale", () => {
  it("picks the finest calendar step that gives at most the ticks asked for", () => {
    expect(timeScale([year(1996), year(1997)], 8).ticks.map((t) => t.label)).toEqual([
      "Jan 1996", "Apr 1996", "Jul 1996", "Oct 1996", "Jan 1997", "Apr 1997", "Jul 1997", "Oct 1997", "Jan 1998",
    ]);
    expect(timeScale([year(1996), year(1997)], 2).ticks.map((t) => t.label)).toEqual(["1996", "1997", "1998"]);
    expect(timeScale([{ start: "2025-04-16", end: "2025-04-30" }], 8).ticks.map((t) => t.label)[0]).toBe("16 Apr");
    expect(timeScale([{ start: "2024-04-01", end: "2025-08-31" }], 8).ticks.map((t) => t.label)).toEqual([
      "Apr 2024", "Jul 2024", "Oct 2024", "Jan 2025", "Apr 2025", "Jul 2025", "Oct 2025",
    ]);
    const wide = timeScale([year(1979), year(2025)], 12);
    expect(wide.ticks[0]?.label).toBe("1975");
    expect(wide.ticks.at(-1)?.label).toBe("2030");
  });
});

describe("scan seeds/ --format html", () => {
  it("renders the seeds' findings and timeline", async () => {
    const { runCli } = await import("../../helpers/run-cli.js");
    const run = await runCli(["scan", "seeds/", "--format", "html"]);
    const page = run.stdout;
    const contradictions = page.slice(page.indexOf('id="contradictions"'), page.indexOf('id="divergences"'));
    expect(contradictions).toContain('<p class="value">1997</p>');
    expect(contradictions).toContain('<p class="value">1996</p>');
    expect(contradictions).toMatch(/It was in <mark>1997<\/mark> that Pakistan <span class="trigger">recognised<\/span>/);
    const divergences = page.slice(page.indexOf('id="divergences"'), page.indexOf('id="agreements"'));
    for (const v of ["1.7 million people", "about 1.2 million people", "an estimated 3 million people"]) {
      expect(divergences).toContain(`<p class="value">${v}</p>`);
    }
    expect(page).toMatch(/<div class="tl-topic contradicted" data-topic="[^"]+">/);
  });
});
