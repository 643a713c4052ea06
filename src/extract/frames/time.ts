/**
 * Component 6 — time: whether the figure is a running tally that later reports may raise ("so
 * far", "at least", "rose to", "climbed to", "the death toll", "as of"), and when it was reported:
 * a date the sentence gives as the time of the report ("as of Tuesday", "by Monday night"), else
 * the document's date. The stated time frame itself ("in 2024", "since 2021") stays with the claim
 * (Claim.frame), read by extract as before.
 */
import type { FrameComponent } from "./sentence.js";

const TALLY = /\b(?:so far|to date|as of|thus far|up to now|until now|(?:rose|risen|rising|climbed|climbing|jumped|reached|mounted|increased)\s+to|(?:death|casualty|injury)\s+tolls?|toll|at least|more than|over)\b/i;
const REPORT_AT = /\b(?:as of|by|as at)\s+$/i;

export const time: FrameComponent = (sentence, readings) => {
  const tally = TALLY.test(sentence.text);
  // a date introduced as the time of the report
  let reportedAt = sentence.documentDate;
  for (const v of sentence.values) {
    const m = v.mention;
    if ((m.kind === "date" || m.kind === "time") && m.value && m.value.type === "date" && REPORT_AT.test(sentence.text.slice(Math.max(0, m.offset - 8), m.offset))) {
      reportedAt = m.value.end;
    }
  }
  for (const r of readings) {
    if (r.notAClaim) continue;
    const q = r.value.mention.value;
    const own = q?.type === "quantity" && (q.qualifier === "at least" || q.qualifier === "over");
    r.tally = r.value.mention.kind === "quantity" && (own || tally);
    r.reportedAt = reportedAt;
  }
};
