/**
 * Document dates a human would read, end to end through `relcheck scan`: datelines and publication
 * lines win over forecasts and history in the text, datelines are never claims, undated documents
 * never contradict, and file names date archives. The articles are written for these tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-dates-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

async function scan(...extra: string[]): Promise<Report> {
  const run = await runCli(["scan", ".", "--format", "json", ...extra], { cwd: dir });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Report;
}

const dateOf = (report: Report, path: string) => {
  const d = report.documents.find((x) => x.path === path)!;
  return [d.date, d.dateSource, d.dateConfidence ?? null];
};

const ACQUISITION_RULE = `id: acquisition-price
topic: price of an acquisition
description: What one company paid or agreed to pay to buy another.
cardinality: single
values: [quantity]
units: [currency]
triggers: [acquisition, acquire, buy, bought, takeover, purchase]
window: 12
`;

describe("a dateline wins over what the text forecasts or recalls", () => {
  it("reads the dateline, not a forecast further down ('expected to double through 2016')", async () => {
    put({ "a.txt": "Drugmaker agrees to buy rival\nLONDON, 3 June 2013 — Halvard Pharma agreed to buy Orlen Labs.\nOrlen's sales are expected to double through 2016.\n" });
    expect(dateOf(await scan(), "a.txt")).toEqual(["2013-06-03", "dateline", "high"]);
  });

  it("never dates an article from a deal that is expected to close later", async () => {
    put({ "a.txt": "Halvard agreed on 3 June 2013 to buy Orlen Labs. The purchase is expected to close in the fourth quarter of 2014.\n" });
    expect(dateOf(await scan(), "a.txt")).toEqual(["2013-06-03", "inferred", "low"]);
  });

  it("never dates an article from archive footage, so its 'Tuesday' is not moved years back", async () => {
    const story = "The foreign ministers met on Tuesday in Cairo. Archive footage filmed in 2009 showed their first meeting.\n";
    put({ "undated.txt": story, "dated.txt": `CAIRO, 7 March 2019 — ${story}` });
    const report = await scan();
    expect(dateOf(report, "undated.txt")).toEqual([null, null, null]);
    expect(dateOf(report, "dated.txt")).toEqual(["2019-03-07", "dateline", "high"]);
    const tuesdays = report.claims.filter((c) => c.text === "Tuesday");
    // Undated: "Tuesday" cannot be placed (a claim with no calendar day, only its weekday). Dated 7 March 2019 (a Thursday): the Tuesday before it.
    const placed = tuesdays.map((c) => [c.document, c.value.type === "date" ? c.value.start : null, c.value.type === "date" && c.value.start === null ? c.value.relative : null]);
    expect(placed.sort()).toEqual([["dated.txt", "2019-03-05", null], ["undated.txt", null, { weekday: "tuesday" }]]);
    // and the two are not set against each other
    expect(report.findings.filter((f) => f.claims.some((id) => tuesdays.some((c) => c.id === id)))).toEqual([]);
  });

  it("does not move a May article to the end of June because a phone 'goes on sale later in June'", async () => {
    put({ "a.txt": "Reviewers handled the new phone on 14 May 2019 at a launch in London. It goes on sale later in June.\n" });
    expect(dateOf(await scan(), "a.txt")).toEqual(["2019-05-14", "inferred", "low"]);
  });

  it("prefers the publication date to an 'Updated' stamp", async () => {
    put({ "a.txt": "Council closes plant\nUpdated June 12, 2019\nPublished June 3, 2019\nThe council voted to close the plant.\n" });
    expect(dateOf(await scan(), "a.txt")).toEqual(["2019-06-03", "dateline", "high"]);
  });
});

describe("datelines in the forms news prints them", () => {
  it.each([
    ["all capitals", "Council closes plant\nOCTOBER 3, 2011\nThe council voted.\n", "2011-10-03"],
    ["numeric, month first", "Council closes plant\nPosted 5/14/2010\nThe council voted.\n", "2010-05-14"],
    ["numeric with spaces around the slashes", "Council closes plant\nPosted 5 / 14 / 2010\nThe council voted.\n", "2010-05-14"],
    ["a date glued to a time", "Council closes plant\n3 March 2012-09:40am\nThe council voted.\n", "2012-03-03"],
  ])("%s", async (_name, text, date) => {
    put({ "a.txt": text });
    expect(dateOf(await scan(), "a.txt")).toEqual([date, "dateline", "high"]);
  });

  it("reads a date in a spaced-out address line", async () => {
    put({ "a.txt": "http: / / www. example. com / 2013 / may / 03 / council-closes-plant /\nCouncil closes plant\nThe council voted on Thursday.\n" });
    expect(dateOf(await scan(), "a.txt")).toEqual(["2013-05-03", "url", "high"]);
  });

  it("reads HTML metadata", async () => {
    put({ "a.html": `<html><head><meta property="article:published_time" content="2019-03-14T09:00:00Z"><title>Council</title></head><body><p>The council voted in 2021.</p></body></html>` });
    expect(dateOf(await scan(), "a.html")).toEqual(["2019-03-14", "html-meta", "high"]);
  });
});

describe("a dateline is metadata, not a claim", () => {
  it("KABUL, 2 September 2025 — the recognition is dated 1997, and the dateline gives no claim", async () => {
    put({ "a.txt": "KABUL, 2 September 2025 — Pakistan recognized the Taliban government in 1997, officials recalled.\n" });
    const report = await scan();
    expect(dateOf(report, "a.txt")).toEqual(["2025-09-02", "dateline", "high"]);
    expect(report.claims.map((c) => [c.rule, c.text])).toEqual([["government-recognition", "1997"]]);
  });
});

describe("one acquisition, two prices", () => {
  it("$2.1bn against $2.6bn contradicts once both articles are dated by their datelines", async () => {
    put({
      "rules/acquisition-price.yml": ACQUISITION_RULE,
      "news/a.txt": "Drugmaker agrees to buy rival\nLONDON, 3 June 2013 — Halvard Pharma agreed to buy its rival Orlen Labs for $2.1bn, the companies said on Monday.\nOrlen's sales are expected to double through 2016.\n",
      "news/b.txt": "Halvard to acquire Orlen\nNEW YORK, June 4, 2013 - Halvard Pharma agreed to buy Orlen Labs for $2.6bn, people familiar with the deal said.\n",
    });
    const run = await runCli(["scan", "news", "--rules", "rules", "--format", "json"], { cwd: dir });
    const report = JSON.parse(run.stdout) as Report;
    const found = report.findings.filter((f) => f.rule === "acquisition-price");
    expect(found.map((f) => [f.verdict, f.basis.kind])).toEqual([["contradict", "disjoint-intervals"]]);
    expect(run.code).toBe(1);
  });

  it("the same prices in undated articles diverge: their periods are unknown", async () => {
    put({
      "rules/acquisition-price.yml": ACQUISITION_RULE,
      "news/a.txt": "Halvard Pharma agreed to buy its rival Orlen Labs for $2.1bn, the companies said.\n",
      "news/b.txt": "Halvard Pharma agreed to buy Orlen Labs for $2.6bn, people familiar with the deal said.\n",
    });
    const run = await runCli(["scan", "news", "--rules", "rules", "--format", "json"], { cwd: dir });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => d.date)).toEqual([null, null]);
    expect(report.findings.filter((f) => f.rule === "acquisition-price").map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "unstated-frame"]]);
    expect(run.code).toBe(0);
  });
});

describe("archives dated by their file names", () => {
  it("dates each address from the year its file name begins with, as a manifest of those years would", async () => {
    put({
      "addresses/1861_first_address.txt": "The revenue from imports of the preceding year amounted to $41,000,000.\n",
      "addresses/1862_second_address.txt": "Trade with foreign nations grew, and exports reached $60,000,000 in the past year.\n",
      "addresses/1000_customers.txt": "A list of the customers we served.\n",
    });
    const report = await scan();
    expect(dateOf(report, "addresses/1861_first_address.txt")).toEqual(["1861-01-01", "path", "low"]);
    expect(dateOf(report, "addresses/1862_second_address.txt")).toEqual(["1862-01-01", "path", "low"]);
    expect(dateOf(report, "addresses/1000_customers.txt")).toEqual([null, null, null]);
  });

  it("reads a relcheck.yml path pattern", async () => {
    put({ "relcheck.yml": 'dates:\n  paths:\n    - "minutes/{day}.{month}.{year}*"\n', "minutes/14.03.2019-council.txt": "The council met.\n" });
    expect(dateOf(await scan(), "minutes/14.03.2019-council.txt")).toEqual(["2019-03-14", "path", "high"]);
  });
});
