/**
 * Which way a year-less date leans, read from its sentence: "will meet on Monday" looks ahead,
 * "met on Monday" looks back, a team that "advances to play Saturday" (moves on to, heads to) looks ahead, and a sentence without either cue takes the nearest occurrence.
 * Used to place "in October", "June 3", "Wednesday" relative to the reference date, and to pick
 * that occurrence (pickOccurrence).
 */
import { compareYmd, type Ymd } from "../calendar.js";
import type { Period } from "../periods.js";
import { execAll } from "../../exec-all.js";

export type Lean = "past" | "future" | null;

/**
 * "until" and a length of time before or after the date ("did not start talks until about three
 * weeks before the March 23 opening", "waited until two days after the vote"): the point "until"
 * reaches is set by the date, in whatever tense the clause tells it, so it is no cue of the future.
 */
const SPAN_BEFORE = String.raw`\s+(?:about|around|roughly|some|nearly|almost|just|only|a\s+few|several|\w+)?\s*(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:before|after|ahead\s+of|prior\s+to)\b`;
const FUTURE = new RegExp(String.raw`\b(?:will|shall|won['’]t|going to|(?:would|['’]d)\s+(?:like|love|prefer)|plans? to|planned|intends? to|wants? to|hopes? to|aims? to|seeks? to|expects? to|expected|due|scheduled|set to|to be|might|could|should|next|upcoming|forthcoming|later this|until(?!${SPAN_BEFORE})|deadline|advances? to|moves? on to|heads? to|to appear|to stand trial|to face (?:trial|court|a judge|a jury|magistrates))\b|['’]ll\b`, "gi");
/**
 * "may" as a modal looks ahead ("it may rain on Sunday"), written in lower case: "May" with a capital
 * inside a sentence is the month ("the vote in May will …", "died in May") or a name, no cue of tense.
 * (FUTURE reads case-blind, so the modal stands apart, case-sensitive.)
 */
const MAY_MODAL = /\bmay\b/g;
/**
 * A plan told in reported speech, "would" and a verb after a verb of saying or expecting: "said the
 * club would name its captain Friday", "announced that the board would vote on Monday". The day is
 * ahead of the saying, so the reported day leans to the future as "will" does. Not a refusal or a
 * might-have-been ("said he would not comment", "said she would have turned 30").
 */
const REPORTED_PLAN = /\b(?:said|says|told|tells|announced|announces|added|adds|expects?|expected|promised|predicted)\b[^.;:!?]{0,60}?\bwould\s+(?!(?:have|not|never|only|rather)\b)[a-z]{2,}\b/gi;
/**
 * Past forms the "-ed" ending of PAST does not reach: irregular verbs ("fled", "shot", "knew"), and
 * regular ones with a stem of two letters ("died", "tied", "sued"). Only forms that are not also a
 * present or a common noun ("cut", "hit", "set", "read", "bit", "saw" stay out): "the singer died
 * December 19" looks back as "passed away December 19" does.
 */
const IRREGULAR_PAST = [
  "died|tied|lied|vied|sued|owed|fled|bled|sped|led|fed",
  "became|brought|caught|fought|sought|taught|thought|found|heard|knew|grew|threw|drew|flew|blew|withdrew",
  "shot|stood|understood|sat|spoke|broke|woke|chose|froze|stole|drove|rode|wore|tore|swore|shook|undertook",
  "sank|sang|rang|swam|ate|forgave|overcame|hid|slid|dug|hung|swung|stuck|spun|felt|dealt|meant|slept|wept|swept",
].join("|");
export const PAST = new RegExp(String.raw`(?<!\b(?:be|been|being|to|get|gets|got)\s(?:[a-z]{2,}ly\s)?)(?:\b(?:was|were|had|did|said|told|met|came|went|took|gave|made|began|saw|left|held|won|lost|fell|rose|paid|sold|bought|ran|sent|spent|struck|wrote|built|kept|${IRREGULAR_PAST}|ago|last|earlier|since)\b|(?<![\w-])(?!(?:hundred|indeed|need|proceed|succeed|exceed|speed|feed|seed|breed|heed)\b)[a-z]{3,}ed\b)`, "g");

/**
 * A verb in the present tense that fixes a coming day for what it governs, right before the date:
 * "who turns 29 on April 11", "the show opens on 3 May", "the law takes effect on Monday". Whatever
 * the rest of the sentence tells in the past ("…, has averaged 30 runs"), the day is ahead.
 */
const COMING = /\b(?:turns|opens|reopens|begins|starts|expires|takes\s+(?:effect|office))\b(?:\s+[\w'-]+){0,3}?\s+(?:on|in)\s+$/i;

/**
 * A verb of fixing a date, right before it with "for", "to" or "until", names a coming day, whatever the
 * tense of the fixing: "the trial was set for May 9", "the case was adjourned until 3 June", "a hearing
 * pencilled in for October". Not a date once fixed and since gone by: "had been set for", "originally
 * scheduled for".
 */
const FIXED_FOR = /(?<!\b(?:had\s+been|originally|initially|previously|first|once)\s+)\b(?:set|scheduled|slated|fixed|listed|booked|pencil(?:l)?ed\s+in|adjourned|postponed|deferred|rescheduled|put\s+(?:back|off))\s+(?:for|to|until|till)\s+(?:on\s+)?$/i;

/**
 * "until" looks ahead ("the road is closed until Monday", "talks were suspended until March"),
 * except where the sentence tells that the span is over: the date is followed by "when" and a past
 * verb ("was at large until Nov. 4, when he was found"), or the verb before "until" is one of
 * staying, told in the past ("stayed in Leeds until May 3", "remained in office until March 9").
 */
const UNTIL = /\b(?:until|till)\s+(?:on\s+)?$/i;
const ENDED_WHEN = /^\s*,?\s*when\s+(?:[\w'-]+\s+){0,3}?(?:was|were|had|did|[a-z]{3,}ed)\b/i;
const STAYED = /\b(?:stayed|remained|lived|lasted|continued|waited|hid|served|(?:was|were)\s+(?:at\s+large|on\s+the\s+run|in\s+hiding))\b[^,;.]{0,60}\b(?:until|till)\s+(?:on\s+)?$/i;

/**
 * A noun of a day fixed ahead right after the date: "her January start date", "a May 3 due date", "the
 * June launch date". A day so named is one still to come, as a deadline is, unless the sentence tells
 * it in the past ("missed its January start date", "the June launch date passed"): read only where no
 * past cue stands within reach.
 */
const SCHEDULED_DAY = /^\s*(?:start(?:ing)?|release|due|launch|opening|target|completion|delivery|kick-?off)\s+dates?\b/i;

/**
 * A clause of time in the present tense, passive or with a participle, tells a step still to come,
 * whatever past participle it holds: "faces life in prison when he's sentenced May 7", "will be freed
 * once she is released on bail", "before they are arraigned on Monday". Only after a pronoun or a
 * short noun phrase ("the man", "the pair"), so that a headline's present ("Man is sentenced") is not
 * read as one.
 */
const CLAUSE_AHEAD = /\b(?:when|once|after|before|until|till|as\s+soon\s+as)\s+(?:he|she|they|it|we|you|i|(?:the|both)\s+[a-z]+)(?:['’]s|['’]re|\s+is|\s+are|\s+gets|\s+get)\s+(?:[a-z]{2,}ly\s+)?[a-z]{3,}(?:ed|en|wn|ht)\b/gi;

/**
 * How far a tense cue may stand from the expression and still place it: beyond that it belongs to
 * another clause ("Ford has announced cuts …, resulting in the closure of plants during the
 * fourth quarter": "announced" dates the announcement, not the quarter).
 */
const CUE_REACH = 80;

/** The nearest cue of `re` to the expression in its sentence, as a distance in characters (Infinity: none). */
export function nearest(re: RegExp, left: string, right: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of execAll(re, left)) best = Math.min(best, left.length - (m.index + m[0].length) + 1);
  for (const m of execAll(re, right)) best = Math.min(best, m.index + 1);
  return best;
}

/** The words of [start, end)'s sentence before and after it, up to 160 characters each way. */
export function sentenceSides(text: string, start: number, end: number): { left: string; right: string } {
  const left0 = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(left0.lastIndexOf(". "), left0.lastIndexOf("\n"), left0.lastIndexOf("? "), left0.lastIndexOf("! "));
  const right0 = text.slice(end, end + 160);
  const stop = right0.search(/[.!?](?:\s|$)|\n/);
  return { left: cut >= 0 ? left0.slice(cut + 1) : left0, right: stop >= 0 ? right0.slice(0, stop) : right0 };
}

/** The nearest word of the future to the expression: FUTURE's, or the modal "may". */
function futureCue(left: string, right: string): number {
  return Math.min(nearest(FUTURE, left, right), nearest(MAY_MODAL, left, right));
}

/**
 * The tense nearest to [start, end) in its sentence: "said on Friday that it will…" leans to the
 * past ("said" is nearer than "will").
 */
export function leanOf(text: string, start: number, end: number): Lean {
  const { left, right: sentenceRight } = sentenceSides(text, start, end);
  if (COMING.test(left) || FIXED_FOR.test(left)) return "future";
  if (UNTIL.test(left) && (ENDED_WHEN.test(sentenceRight) || STAYED.test(left))) return "past";
  if (SCHEDULED_DAY.test(sentenceRight) && nearest(PAST, left, sentenceRight) > CUE_REACH) return "future";
  // A verb before the date tells its tense; past a comma, a dash or a semicolon after the date
  // another clause begins ("checked into the clinic in Rancho Mirage, Calif., on Thursday night,
  // for what is to be a long stay": the stay is ahead, the check-in is not). A date with no verb
  // before it ("On Monday, the council will vote") takes the clause after it.
  const ownCue = futureCue(left, "") <= CUE_REACH || nearest(CLAUSE_AHEAD, left, "") <= CUE_REACH || nearest(REPORTED_PLAN, left, "") <= CUE_REACH || nearest(PAST, left, "") <= CUE_REACH;
  // (so does a clause the date's noun opens with "that", "which", "who" or "whether": "brushed off a
  // rumour Monday that the mayor might resign": "might" is the rumour's, not the brushing off)
  const boundary = sentenceRight.search(/[,;—–]|\b(?:that|which|who|whom|whether)\b/);
  const right = ownCue && boundary >= 0 ? sentenceRight.slice(0, boundary) : sentenceRight;
  const future = Math.min(futureCue(left, right), nearest(CLAUSE_AHEAD, left, right), nearest(REPORTED_PLAN, left, ""));
  const past = nearest(PAST, left, right);
  if (Math.min(future, past) > CUE_REACH) return null;
  return future <= past ? "future" : "past"; // "scheduled" is both: the future wins
}

/**
 * Of periods in time order, the one a sentence leaning `lean` means when written on `asOf`:
 * past → the latest begun by then; future → the first not over by then; no cue → the nearest.
 */
export function pickOccurrence(options: readonly Period[], asOf: Ymd, lean: Lean): Period {
  if (lean === "past") return [...options].reverse().find((p) => compareYmd(p.start, asOf) <= 0) ?? options[0]!;
  if (lean === "future") return options.find((p) => compareYmd(p.end, asOf) >= 0) ?? options[options.length - 1]!;
  let best = options[0]!;
  for (const p of options) if (distance(p, asOf) < distance(best, asOf)) best = p;
  return best;
}

/** Days from `asOf` to the period (0 when it contains `asOf`). */
function distance(p: Period, asOf: Ymd): number {
  return compareYmd(p.end, asOf) < 0 ? days(p.end, asOf) : compareYmd(p.start, asOf) > 0 ? days(asOf, p.start) : 0;
}

function days(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}
