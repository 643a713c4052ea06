/**
 * A day told as a deadline: "has a June 1 deadline to submit a plan", "the deadline of 3 May",
 * "a deadline for Friday". It is the day by which something is to be done, not the day anything
 * was done: a company facing "a June 1 deadline" and the same company filing for bankruptcy on
 * June 1 tell two things (the filing may come before the deadline, or after it, or not at all),
 * and a day that agrees with the deadline is a coincidence of the calendar, not the same news told
 * twice. So a deadline's day meets only another deadline's day (occurrence-topics.ts mayMeet), and
 * two deadlines still meet and differ as before ("a June 1 deadline" and "the deadline of June 8").
 * A day told as a limit ("must act by May 9", "until Friday", "no later than 3 May") may be a
 * deadline told without the word, or the day by which something was done ("contained by
 * Friday"): it meets both, as before.
 *
 * Read of dates only, by the words around the date's text: "deadline" (or "cut-off", "due date")
 * right after it ("a June 1 deadline"), or "deadline" right before it, with at most "of", "for",
 * "is", "was", "on", "set for" between ("the deadline of 3 May", "the deadline is Friday"). Must:
 * those. Must not: "the deadline passed on Friday" (the day it passed), "filed on June 1", "a
 * June 1 filing".
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/** A deadline word right after a date: "a June 1 deadline". */
const DEADLINE_AFTER = /^\s*(?:deadline|cut-?off(?:\s+date)?|due\s+date)\b/iu;

/** A deadline word right before a date: "the deadline of 3 May", "a deadline for Friday", "the deadline is Friday". */
const DEADLINE_BEFORE = /\b(?:deadline|cut-?off(?:\s+date)?|due\s+date)\s+(?:(?:of|for|is|was|on|set\s+for)\s+)?(?:the\s+)?$/iu;

/** A word of a limit right before a date: "by May 9", "until Friday", "no later than 3 May". */
const LIMIT_BEFORE = /\b(?:by|until|till|before|(?:no|not)\s+later\s+than)\s+(?:the\s+)?$/iu;

/** How a date is told: "deadline" (see the header), "limit" ("by May 9"), or "" (a day of something done, or no date). */
export const deadlineDay: (c: Claim) => "deadline" | "limit" | "" = oncePerClaim((c) => {
  if (c.value.type !== "date") return "";
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return "";
  const before = c.sentence.slice(Math.max(0, at - 40), at);
  if (DEADLINE_AFTER.test(c.sentence.slice(at + c.text.length)) || DEADLINE_BEFORE.test(before)) return "deadline";
  return LIMIT_BEFORE.test(before) ? "limit" : "";
});

/** A deadline's day and a day of something done: two things, whatever day each names; a limit meets both (see the header). */
export function deadlineApart(a: Claim, b: Claim): boolean {
  const [da, db] = [deadlineDay(a), deadlineDay(b)];
  return (da === "deadline" && db === "") || (da === "" && db === "deadline");
}
