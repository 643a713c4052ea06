/** How a claim's frame reads in explain and mentions: its reporting day, or the month a report is known only to. */
import { describe, expect, it } from "vitest";
import { claimFrameLines, claimFrameSummary } from "../../../src/report/describe-claim-frame.js";
import type { ClaimFrame } from "../../../src/types.js";

const frame = (time: ClaimFrame["time"]): ClaimFrame => ({ counted: "person", predicate: { lemma: "injure", voice: "passive" }, participants: [], time, attribution: null, modality: [] });

describe("the reporting time of a frame", () => {
  it("is a day when the report's day is known", () => {
    expect(claimFrameLines(frame({ tally: false, reportedAt: "2019-07-04" }))).toContain("time:        reported 2019-07-04");
    expect(claimFrameSummary(frame({ tally: false, reportedAt: "2019-07-04" }))).toContain("reported 2019-07-04");
  });
  it("is a span when the document is dated only by its month", () => {
    const f = frame({ tally: true, reportedAt: "2019-07-01", reportedUntil: "2019-07-31" });
    expect(claimFrameLines(f)).toContain("time:        running tally, reported 2019-07-01 … 2019-07-31");
    expect(claimFrameSummary(f)).toContain("reported 2019-07-01 … 2019-07-31");
  });
  it("is unknown without a day", () => {
    expect(claimFrameLines(frame({ tally: false, reportedAt: null }))).toContain("time:        reported (unknown)");
  });
});
