/**
 * The year of a dateline that gives none, from the document's story (group/story-years.ts). The
 * short reports were written for these tests; which of them tell one story, and which year a
 * reader would give the yearless one, was decided by reading them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import type { Report } from "../../../src/types.js";
import { runCli } from "../../helpers/run-cli.js";
import { profileOf } from "../../../src/extract/salient-terms.js";
import { NEAR_DAYS, storyYears, type YearlessDocument } from "../../../src/group/story-years.js";

function doc(path: string, text: string, date: string | null, dateSource: YearlessDocument["dateSource"], yearless?: [number, number]): YearlessDocument {
  return { path, date, dateSource: date ? dateSource : null, profile: profileOf({ text }), ...(yearless ? { yearless: { month: yearless[0], day: yearless[1] } } : {}) };
}

const ferry = (k: number) =>
  [
    "The Brisa Star ran aground off Cape Morrow, and the Tolland coast guard took 40 passengers off the Brisa Star, said Captain Ines Maro.",
    "Captain Ines Maro of the Tolland coast guard said the Brisa Star, aground off Cape Morrow, would be towed to Tolland.",
    "Passengers of the Brisa Star came ashore at Tolland after the ferry ran aground off Cape Morrow, Ines Maro said.",
  ][k]!;
const vote = "Voters in Marasca chose a new council on Sunday, and the Liberal Union of Petra Osmani won most seats in Marasca.";

describe("storyYears", () => {
  it.each<[string, YearlessDocument[], Record<string, number>]>([
    // must date: the yearless report's day lies within days of its story's dated reports
    [
      "a wire report dated Aug. 9 beside reports of 9 and 10 August 2034",
      [doc("a.txt", ferry(0), "2034-08-09", "dateline"), doc("b.txt", ferry(1), "2034-08-10", "url"), doc("wire.txt", ferry(2), null, null, [8, 9])],
      { "wire.txt": 2034 },
    ],
    [
      "a report dated Dec. 31 beside one of 2 January: the year before",
      [doc("a.txt", ferry(0), "2035-01-02", "dateline"), doc("b.txt", ferry(1), "2035-01-02", "dateline"), doc("wire.txt", ferry(2), null, null, [12, 31])],
      { "wire.txt": 2034 },
    ],
    // must not date: the nearest dated report is months away; only inferred dates; the yearless
    // report is of another story; no dated report at all
    [
      "reports of its story months from its day",
      [doc("a.txt", ferry(0), "2034-03-02", "dateline"), doc("b.txt", ferry(1), "2034-03-03", "dateline"), doc("wire.txt", ferry(2), null, null, [8, 9])],
      {},
    ],
    [
      "reports whose dates were only inferred from their text",
      [doc("a.txt", ferry(0), "2034-08-09", "inferred"), doc("b.txt", ferry(1), "2034-08-10", "inferred"), doc("wire.txt", ferry(2), null, null, [8, 9])],
      {},
    ],
    [
      "a yearless report of another story",
      [doc("a.txt", ferry(0), "2034-08-09", "dateline"), doc("b.txt", ferry(1), "2034-08-10", "dateline"), doc("vote.txt", vote, null, null, [8, 9])],
      {},
    ],
    ["no dated report", [doc("a.txt", ferry(0), null, null), doc("wire.txt", ferry(2), null, null, [8, 9])], {}],
  ])("%s", (_name, docs, years) => {
    expect(NEAR_DAYS).toBeLessThan(30);
    expect(Object.fromEntries(storyYears(docs))).toEqual(years);
  });

  it("must not date a document that has a date, nor one whose top gives no month and day", () => {
    const docs = [doc("a.txt", ferry(0), "2034-08-09", "dateline"), doc("b.txt", ferry(1), "2034-08-10", "dateline", [8, 10]), doc("c.txt", ferry(2), null, null)];
    expect(storyYears(docs).size).toBe(0);
  });

  it("gives the same years whatever the order of the documents", () => {
    const docs = [doc("a.txt", ferry(0), "2034-08-09", "dateline"), doc("b.txt", ferry(1), "2034-08-10", "dateline"), doc("wire.txt", ferry(2), null, null, [8, 9])];
    expect(storyYears([...docs].reverse())).toEqual(storyYears(docs));
  });
});

describe("a scan reads a yearless report again with its story's year", () => {
  // 9 August 2034 is a Wednesday (from a calendar): "on Tuesday" is 8 August.
  const write = (dir: string, far: boolean) => {
    const day = far ? "2 March 2034" : "9 August 2034";
    writeFileSync(join(dir, "a.txt"), `Ferry aground\n\nTolland, ${day} - The Brisa Star ran aground off Cape Morrow on Tuesday, and the Tolland coast guard took 40 passengers off, said Captain Ines Maro.\n`);
    writeFileSync(join(dir, "b.txt"), `Brisa Star aground\n\nTolland, ${day} - Captain Ines Maro of the Tolland coast guard said the Brisa Star ran aground off Cape Morrow on Tuesday with 40 passengers.\n`);
    writeFileSync(join(dir, "wire.txt"), "Ferry runs aground off Cape Morrow\nAug. 9 6:10 PM EDT\nThe Brisa Star ran aground off Cape Morrow on Tuesday, and 40 passengers were taken to Tolland, Ines Maro of the coast guard said.\n");
  };
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (far: boolean): string => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-story-year-"));
    dirs.push(dir);
    write(dir, far);
    return dir;
  };
  const wireOf = (report: Report) => ({
    date: report.documents.find((d) => d.path.endsWith("wire.txt"))?.date ?? null,
    days: report.claims.filter((c) => c.document.endsWith("wire.txt") && c.value.type === "date").map((c) => (c.value.type === "date" ? c.value.start : "")),
  });

  it.each<[string, boolean, { date: string | null; days: string[] }]>([
    // must: dated by the year of its story's reports, its Tuesday read as theirs
    ["beside reports of the same day", false, { date: "2034-08-09", days: ["2034-08-08"] }],
    // must not: its story's reports are months from its day: it stays undated, its Tuesday unread
    ["beside reports months from its day", true, { date: null, days: [] }],
  ])("%s", async (_name, far, expected) => {
    const dir = folder(far);
    const run = await runCli(["scan", dir, "-f", "json"]);
    expect(wireOf(JSON.parse(run.stdout) as Report)).toEqual(expected);
    // the library's scan reads it the same way
    expect(wireOf(scan({ paths: [dir], cwd: process.cwd() }))).toEqual(expected);
  });
});
