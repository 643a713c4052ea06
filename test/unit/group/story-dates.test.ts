/**
 * The day of a document that states no date at all, from its story (group/story-dates.ts). The
 * short reports were written for these tests; which of them tell one story, and which day a
 * reader would read the undated one as written on, was decided by reading them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import type { Report } from "../../../src/types.js";
import { runCli } from "../../helpers/run-cli.js";
import { profileOf } from "../../../src/extract/salient-terms.js";
import { MIN_DATED, storyDays, type UndatedDocument } from "../../../src/group/story-dates.js";

function doc(path: string, text: string, date: string | null, dateSource: UndatedDocument["dateSource"], yearless?: [number, number]): UndatedDocument {
  return { path, date, dateSource: date ? dateSource : null, profile: profileOf({ text }), ...(yearless ? { yearless: { month: yearless[0], day: yearless[1] } } : {}) };
}

const bout = (k: number) =>
  [
    "Marek Voss knocked out Dario Lenz in the ninth round at Halden Arena to keep his Baltic title belt, said promoter Ilse Kramm.",
    "Dario Lenz was knocked out by Marek Voss in the ninth round at Halden Arena, and Voss keeps his Baltic title belt, Ilse Kramm said.",
    "Promoter Ilse Kramm said Marek Voss beat Dario Lenz at Halden Arena in the ninth round and keeps the Baltic title belt.",
    "At Halden Arena Marek Voss stopped Dario Lenz in round nine, keeping his Baltic title belt, said Ilse Kramm.",
  ][k]!;
const vote = "Voters in Marasca chose a new council on Sunday, and the Liberal Union of Petra Osmani won most seats in Marasca.";

describe("storyDays", () => {
  it.each<[string, UndatedDocument[], Record<string, string>]>([
    // must date: most of its story's reports state one day
    [
      "two of three reports give 14 March, one the 15th",
      [doc("a.txt", bout(0), "2031-03-14", "dateline"), doc("b.txt", bout(1), "2031-03-14", "url"), doc("c.txt", bout(2), "2031-03-15", "dateline"), doc("copy.txt", bout(3), null, null)],
      { "copy.txt": "2031-03-14" },
    ],
    // must not date: the story's reports split between two days; only one report is dated; the
    // dates were only inferred; the undated document is of another story; it has a yearless
    // dateline (story-years.ts reads those)
    [
      "reports split between two days",
      [doc("a.txt", bout(0), "2031-03-14", "dateline"), doc("b.txt", bout(1), "2031-03-15", "dateline"), doc("copy.txt", bout(3), null, null)],
      {},
    ],
    ["one dated report only", [doc("a.txt", bout(0), "2031-03-14", "dateline"), doc("copy.txt", bout(3), null, null)], {}],
    [
      "reports whose dates were only inferred from their text",
      [doc("a.txt", bout(0), "2031-03-14", "inferred"), doc("b.txt", bout(1), "2031-03-14", "inferred"), doc("copy.txt", bout(3), null, null)],
      {},
    ],
    [
      "an undated report of another story",
      [doc("a.txt", bout(0), "2031-03-14", "dateline"), doc("b.txt", bout(1), "2031-03-14", "dateline"), doc("vote.txt", vote, null, null)],
      {},
    ],
    [
      "a report whose dateline gives a month and a day",
      [doc("a.txt", bout(0), "2031-03-14", "dateline"), doc("b.txt", bout(1), "2031-03-14", "dateline"), doc("wire.txt", bout(3), null, null, [3, 14])],
      {},
    ],
  ])("%s", (_name, docs, days) => {
    expect(MIN_DATED).toBe(2);
    expect(Object.fromEntries(storyDays(docs))).toEqual(days);
  });

  it("gives the same days whatever the order of the documents", () => {
    const docs = [doc("a.txt", bout(0), "2031-03-14", "dateline"), doc("b.txt", bout(1), "2031-03-14", "dateline"), doc("copy.txt", bout(3), null, null)];
    expect(storyDays([...docs].reverse())).toEqual(storyDays(docs));
  });
});

describe("a scan reads an undated report again as of its story's day", () => {
  // 14 March 2031 is a Friday (from a calendar): "on Friday" in the undated copy is that day.
  const write = (dir: string, split: boolean, weekday: boolean) => {
    const days = split ? ["14 March 2031", "17 March 2031"] : ["14 March 2031", "14 March 2031"];
    const on = weekday ? " on Friday" : "";
    writeFileSync(join(dir, "a.txt"), `Voss keeps his belt\n\nHalden, ${days[0]} - Marek Voss knocked out Dario Lenz in the ninth round at Halden Arena${on} to keep his Baltic title belt, said promoter Ilse Kramm.\n`);
    writeFileSync(join(dir, "b.txt"), `Lenz knocked out\n\nHalden, ${days[1]} - Dario Lenz was knocked out by Marek Voss in the ninth round at Halden Arena${on}, and Voss keeps his Baltic title belt, Ilse Kramm said.\n`);
    writeFileSync(join(dir, "copy.txt"), "Voss stops Lenz\nAt Halden Arena Marek Voss stopped Dario Lenz in round nine on Friday, keeping his Baltic title belt, said Ilse Kramm.\n");
  };
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (split: boolean, weekday: boolean): string => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-story-date-"));
    dirs.push(dir);
    write(dir, split, weekday);
    return dir;
  };
  const copyOf = (report: Report) => {
    const d = report.documents.find((x) => x.path.endsWith("copy.txt"));
    return {
      date: d?.date ?? null,
      source: d?.dateSource ?? null,
      days: report.claims.filter((c) => c.document.endsWith("copy.txt") && c.value.type === "date").map((c) => (c.value.type === "date" ? c.value.start : "")),
    };
  };

  it.each<[string, boolean, boolean, { date: string | null; source: string | null; days: (string | null)[] }]>([
    // must: read as written on the day both reports give, its Friday read as theirs
    ["beside two reports of one day", false, true, { date: "2031-03-14", source: "story", days: ["2031-03-14"] }],
    // must: its story's reports give two days, but both read its Friday as one day (group/weekday-days.ts)
    ["beside reports of two days that read its Friday as one day", true, true, { date: "2031-03-14", source: "story", days: ["2031-03-14"] }],
    // must not: its story's reports give two days and name no Friday: it stays undated, its Friday a day with no calendar day (normalize/undated-days.ts)
    ["beside reports of two days that name no weekday", true, false, { date: null, source: null, days: [null] }],
  ])("%s", async (_name, split, weekday, expected) => {
    const dir = folder(split, weekday);
    const run = await runCli(["scan", dir, "-f", "json"]);
    expect(copyOf(JSON.parse(run.stdout) as Report)).toEqual(expected);
    expect(copyOf(scan({ paths: [dir], cwd: process.cwd() }))).toEqual(expected);
  });
});
