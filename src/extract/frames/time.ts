/**
 * Component 6 — time: whether the figure is a running tally that later reports may raise ("so
 * far", "at least", "rose to", "climbed to", "the death toll", "as of", "bringing his total to"), and when it was reported:
 * a date the sentence gives as the time of the report ("as of Tuesday", "by Monday night"; not a
 * deadline later than the report, "by 2013" in a report of 2010: deadlines.ts), else the document's date. The stated time frame itself ("in 2024", "since 2021") stays with the claim
 * (Claim.frame), read by extract as before.
 */
import type { FrameComponent } from "./sentence.js";
import { isTimeOfReport } from "./deadlines.js";

/**
 * Words of a running count anywhere in the sentence; "at least", "more than", "over" too, unless
 * they qualify another figure: "more than a hundred people joined a vigil where he was shot 11
 * times" does not make the 11 a running count (the hundred's own qualifier makes it one).
 */
const BOUND = /\b(?:at least|more than|over)\s+/gi;
const TALLY = /\b(?:so far|to date|as of|thus far|up to now|until now|(?:rose|risen|rising|climbed|climbing|jumped|reached|mounted|increased)\s+to|(?:death|casualty|injury)\s+tolls?|toll|(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|swell(?:s|ed|ing)?|tak(?:es|ing)|took)\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:total|tally|yardage|count)\s+to)\b/i;
const REPORT_AT = /\b(?:as of|by|as at)\s+$/i;

export const time: FrameComponent = (sentence, readings) => {
  const starts = new Set(sentence.values.map((v) => v.mention.offset));
  let bound = false;
  BOUND.lastIndex = 0;
  for (let m = BOUND.exec(sentence.text); m && !bound; m = BOUND.exec(sentence.text)) {
    const after = m.index + m[0].length;
    // (the figure it qualifies may start at the qualifier, or right after it, or after "the" or a sign)
    const qualifies = [m.index, after, after + 1, after + 4].some((o) => starts.has(o)) || sentence.values.some((v) => v.mention.offset <= m!.index && v.mention.offset + v.mention.length > m!.index);
    if (!qualifies) bound = true;
  }
  const tally = TALLY.test(sentence.text) || bound;
  // a date introduced as the time of the report (one later than the report is a deadline: deadlines.ts)
  let reportedAt = sentence.documentDate;
  for (const v of sentence.values) {
    const m = v.mention;
    if ((m.kind === "date" || m.kind === "time") && m.value && m.value.type === "date" && REPORT_AT.test(sentence.text.slice(Math.max(0, m.offset - 8), m.offset)) && isTimeOfReport(m.value, sentence.documentDate)) {
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
