/**
 * The day of a gathering told with its size: "On Monday roughly 140 marched to the courthouse",
 * "On Wednesday night, about 200 people attended the vigil". A story of unrest tells a march or a
 * vigil on each of several nights, and a rule's figures of crowd sizes are compared as one
 * occurrence unless something parts them: two sizes whose clauses give two different days are two
 * gatherings, whatever their values (neither contradicts the other), while one day, or a size told
 * with no day, leaves them to be compared as before.
 *
 * Read from the figure's sentence: its one weekday (or "tonight", "last night", "yesterday"),
 * reckoned back from the day of its report (the weekday on or before that day), where nothing
 * between the day and the figure opens another clause ("where", "when", "who", "after", "before",
 * a dash or a semicolon: "joined a vigil where the boy was shot on Saturday" dates the shooting)
 * and the sentence tells no day from another ("the night before", "the previous day"). Only
 * figures of people at a gathering: a sentence that tells a march, a rally, a protest, a
 * demonstration, a vigil, a crowd or a gathering.
 * Must read: "On Monday a column of roughly 140 residents was marching" (a report of Thursday → the
 * Monday before); "On Wednesday night, about 200 people attended the vigil"; "about 300 rallied
 * in Keld tonight" (the day of its report). Must not: "more than 100 joined a vigil where the
 * boy was shot on Saturday"; "On Tuesday, police searched the shop where, the night before, a
 * crowd of 40 ran riot"; "Tuesday was calm, but on Wednesday the 200-strong crowd turned" (two
 * days); "roughly 140 marched" (no day); "12 were arrested on Monday" (no gathering); "a protest over the death of a 16-year-old turned
 * into a riot tonight" (an age, not a crowd).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";
import { dayNumber, weekdayOnOrBefore } from "../values/intervals.js";
import { WEEKDAYS_FROM_SUNDAY, weekdayWords } from "../values/calendar-words.js";

/** A sentence that tells a gathering of people. */
const GATHERING = /\b(?:march(?:es|ed|ing)?|marchers?|rall(?:y|ies|ied|ying)|protest(?:s|ed|ing|ers?)?|demonstrat(?:e|es|ed|ing|ion|ions|ors?)|vigils?|crowds?|gather(?:ed|ing|s)?|mourners?)\b/i;

/** GATHERING, for reading every gathering word of a sentence. */
const GATHERINGS = new RegExp(GATHERING.source, "gi");

/** Days told from the day of writing, with how many days back they lie. */
const FROM_ITS_DAY: readonly [RegExp, number][] = [
  [/\b(?:tonight|today|this\s+(?:morning|afternoon|evening))\b/i, 0],
  [/\b(?:last\s+night|yesterday)\b/i, 1],
];

/** A day told from another ("the night before", "the previous day", "a day earlier"): the sentence's day is not the figure's. */
const FROM_ANOTHER = /\b(?:the\s+(?:night|day|evening|morning)\s+(?:before|after)|(?:the\s+)?previous\s+(?:night|day|evening)|(?:a|one|the)\s+(?:night|day)\s+(?:earlier|later)|since|until|next)\b/i;

/** Words that open another clause between the day and the figure. */
const OTHER_CLAUSE = /(?:\b(?:where|when|who|whom|which|after|before|following|because|while|as)\b|[—–;])/i;

const WEEKDAY = new RegExp(String.raw`\b(${weekdayWords()})\b`, "g");

/** A rule's count of people (a crowd's size), not an age, a sum or a frame's own figure. */
function crowdFigure(c: Claim): boolean {
  return c.value.type === "quantity" && c.value.unit === "person" && !c.rule.startsWith("frame:") && c.claimFrame?.counted !== "age";
}

/** The day (a day number) a gathering's size is told for, from its sentence (see the header); null when none is read. */
export const crowdDayOf: (c: Claim) => number | null = oncePerClaim(readCrowdDay);

function readCrowdDay(c: Claim): number | null {
  if (!crowdFigure(c)) return null;
  const reported = c.claimFrame?.time.reportedAt;
  if (!reported || !GATHERING.test(c.sentence) || FROM_ANOTHER.test(c.sentence)) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const report = dayNumber(reported);
  const days = [...c.sentence.matchAll(WEEKDAY)];
  const relative = FROM_ITS_DAY.map(([re, back]) => ({ m: re.exec(c.sentence), back })).filter((x) => x.m !== null);
  if (days.length + relative.length !== 1) return null;
  const where = days.length === 1 ? days[0]!.index! : relative[0]!.m!.index;
  const between = where < at ? c.sentence.slice(where, at) : c.sentence.slice(at + c.text.length, where);
  if (OTHER_CLAUSE.test(between.replace(/^\S+/, ""))) return null;
  if (relative.length === 1) return report - relative[0]!.back;
  return weekdayOnOrBefore(reported, WEEKDAYS_FROM_SUNDAY.indexOf(days[0]![1]!));
}

/** The kinds of gathering a sentence tells, by their stems ("marching" → march, "rallied" → rally). */
const gatheringsOf: (c: Claim) => readonly string[] = oncePerClaim((c) => {
  const kinds = new Set<string>();
  for (const m of c.sentence.matchAll(GATHERINGS)) {
    const w = m[0].toLowerCase();
    const kind = /^march/.test(w) ? "march" : /^rall/.test(w) ? "rally" : /^protest/.test(w) ? "protest" : /^demonstrat/.test(w) ? "demonstrat" : /^vigil/.test(w) ? "vigil" : null;
    if (kind !== null) kinds.add(kind);
  }
  return [...kinds].sort();
});

/**
 * A sentence that names a day or a time of day: its figure's day is not simply its report's. A
 * weekday (in any case), a day told from the day of writing, or a word that tells one day from
 * another ("the night before", "previous", "earlier", "ago").
 */
const ANY_DAY = new RegExp(
  [WEEKDAY.source, ...FROM_ITS_DAY.map(([re]) => re.source), String.raw`\b(?:(?:the\s+)?(?:night|day)\s+(?:before|after)|previous|earlier|ago)\b`].join("|"),
  "i",
);

/**
 * Two sizes of one gathering: sentences that both tell one kind of it (a march, a rally, a protest,
 * a vigil) on one day, read from the sentence (crowdDayOf), or, for a sentence that names no day at
 * all, its report's day ("close to 110 people left the square to march on the courthouse", in a
 * report of that Monday, beside "On Monday roughly 140 residents marched on the courthouse" written on Thursday).
 * A tie: it lets two such sizes be compared, as a name both sentences give would. Must: those
 * two. Must not: a march and a vigil of one day; marches of Monday and Wednesday; a sentence that
 * tells a day from another ("the night before").
 */
export function oneGatheringOfADay(a: Claim, b: Claim): boolean {
  const kinds = gatheringsOf(b);
  if (a.story !== b.story || !gatheringsOf(a).some((k) => kinds.includes(k))) return false;
  const [da, db] = [dayOfGathering(a), dayOfGathering(b)];
  return da !== null && da === db && (crowdDayOf(a) !== null || crowdDayOf(b) !== null);
}

/**
 * Keys under which a size of a gathering is found again by the sizes it may be tied to
 * (oneGatheringOfADay): one for each kind of gathering its sentence tells, with its day. Two
 * claims tied share a key; claims that share one are asked whether they are tied.
 */
export const gatheringKeys: (c: Claim) => readonly string[] = oncePerClaim((c) => {
  const day = dayOfGathering(c);
  return day === null ? [] : gatheringsOf(c).map((k) => `${k}@${day}`);
});

/** The day of a gathering's size: the one its sentence tells, or its report's when the sentence names no day. */
const dayOfGathering: (c: Claim) => number | null = oncePerClaim(readDayOfGathering);

function readDayOfGathering(c: Claim): number | null {
  const told = crowdDayOf(c);
  if (told !== null) return told;
  const reported = c.claimFrame?.time.reportedAt;
  if (!reported || !crowdFigure(c) || ANY_DAY.test(c.sentence)) return null;
  return dayNumber(reported);
}

/** Two sizes of gatherings whose sentences give two different days: two gatherings (see the header). */
export function crowdsOfTwoDays(a: Claim, b: Claim): boolean {
  const [da, db] = [crowdDayOf(a), crowdDayOf(b)];
  return da !== null && db !== null && da !== db;
}
