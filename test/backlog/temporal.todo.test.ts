/**
 * Known gaps of the temporal grammar, kept visible: each `it.fails` states the right answer and
 * fails today. When one starts passing, vitest reports it — move it to test/unit/values/.
 * Found by `npm run eval:timex` on MEANTIME and WikiWars and by reading the seeds.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../src/values/temporal/index.js";

const AS_OF = "2025-09-05";

function timexOf(text: string, phrase: string, asOf: string | null = AS_OF): string | undefined {
  return findTemporal(text, { asOf }).find((m) => m.text === phrase)?.timex?.value;
}

describe("temporal backlog", () => {
  it.fails("US numeric dates with a two-digit year: 7/8/07 → 2007-07-08", () => {
    expect(timexOf("written in the American format, 7/8/07.", "7/8/07")).toBe("2007-07-08");
  });

  it.fails("clock times with an offset from UTC: 6:40 p.m. (GMT +8) → 10:40Z", () => {
    expect(timexOf("It landed at 6:40 p.m. (GMT +8) on Friday.", "6:40 p.m. (GMT +8)")).toBe("2025-09-05T10:40Z");
  });
});
