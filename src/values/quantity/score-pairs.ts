/**
 * Pairs of numbers that are one value: a game's score, a team's win-loss record, a vote's tally.
 * "won 27-24", "a 31-17 victory", "led 14-7 at the half", "cut it to 21-17", "the Hawks (8-6)",
 * "an 11-5 season", "the 12-2 Falcons", "a 6-3 vote", "a 9-0 run". Each number alone is no count of anything;
 * the two together are the claim, and two outlets agree on it only when both numbers are equal.
 *
 * A pair is read only where the sentence says it is one, by a cue next to it:
 *   - a noun right after it: a result or a part of a game ("victory", "win", "loss", "defeat",
 *     "lead", "deficit", "halftime", "edge"), a record ("record", "mark", "season", "start"), a
 *     tally ("vote", "decision", "ruling", "majority"), a run of scoring ("run", "spurt", "burst":
 *     "a 9-0 run", "a 14-2 scoring burst");
 *   - a run named before it with "to": the score of the run so far ("stretched the run to 11-0");
 *   - in parentheses right after a name ("the Hawks (8-6)"), or right before a capitalized name
 *     ("his 12-2 Falcons"): a record;
 *   - a word of scoring, leading or standing before it in its clause ("beat the Hawks 27-24",
 *     "lost to the Owls, 10-7", "trailing 13-10", "the score tied 7-7", "improved to 9-4", "the
 *     Hawks were 4-4 on the road"), or "voted 7-2": "N to M" is read only right after such a word
 *     ("won 27 to 24").
 * Not a pair: seasons and spans of years ("the 2011-12 season", "1998-99"), a date ("9-11"), a
 * range of a count ("10-15 people", "aged 18-25"), phone or case numbers ("555-0142", "No.
 * 14-302"), times of day ("9-5 shift"), downs ("3rd-and-8"), a number inside a word or an address
 * ("win-20-13-over"), with no cue.
 *
 * The value (types.ts PairValue, documented in schema/report.schema.json): a quantity whose unit
 * is the pair's kind ("score", "record", "tally", "run"), whose interval is its first number, and whose
 * `pair` holds both numbers as written. A score and a run are stored higher first (a game's score names no
 * side: "lost 13-20" and "won 20-13" are one score); a record keeps wins first, a tally "for" first.
 */
import type { Mention, PairKind } from "../../types.js";

/** Two numbers of one to three digits joined by a hyphen or a dash, or "to", with nothing glued on either side. */
const PAIR = /(?<![\p{L}\p{N}\-–/.,:#$£€])(\d{1,3})(?:\s?[-–]\s?|\s+to\s+)(\d{1,3})(?![\p{L}\p{N}\-–/%°]|[.,:]\d)/gu;

/** Nouns right after a pair and the kind they make it. */
const NOUN_AFTER = /^\s*(?:(?:halftime|half-time|first-half|second-half|home|road|overtime|OT|opening-day|season-opening|come-from-behind|comeback|shootout|conference|division|playoff|regular-season|scoring)\s+)?(run|runs|spurt|burst|victory|victories|win|wins|loss|losses|defeat|defeats|triumph|rout|drubbing|thrashing|setback|lead|leads|deficit|advantage|edge|halftime|half-time|score|scoreline|final|decision|vote|votes|ruling|verdict|majority|split|record|mark|season|campaign|start|finish|slate)\b/i;
const RECORD_NOUN = /^(?:record|mark|season|campaign|start|finish|slate)$/i;
const TALLY_NOUN = /^(?:decision|vote|votes|ruling|verdict|majority|split)$/i;
const RUN_NOUN = /^(?:run|runs|spurt|burst)$/i;
/** A run of scoring named before the pair: "stretched the run to 11-0", "the spurt reached 9-0" (not "a run at 10-2": a try at a standing). */
const RUN_BEFORE = /\b(?:run|spurt|burst)\s+(?:to|reached|hit|grew\s+to|swelled\s+to)\s+$/i;

/** Words of a game's result, lead or score before a pair in its clause. */
const SCORE_WORD = /\b(?:won|win|wins|winning|beat|beats|beating|defeat(?:s|ed|ing)?|lost|lose|loses|losing|led|lead|leads|leading|trail(?:s|ed|ing)?|tied|ties|tying|edg(?:e|es|ed|ing)|top(?:s|ped|ping)?|dispatch(?:es|ed|ing)?|rout(?:s|ed|ing)?|blank(?:s|ed|ing)?|down(?:s|ed|ing)?|outscor(?:e|es|ed|ing)|thrash(?:es|ed|ing)?|hammer(?:s|ed|ing)?|up|behind|ahead|victory|triumph|score|scoreline|deficit|(?:cut|cuts|cutting|trim(?:s|med|ming)?|narrow(?:s|ed|ing)?|reduc(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}to|made\s+it|make\s+it|making\s+it|pulled\s+(?:to\s+)?within|went\s+into\s+(?:halftime|the\s+half|the\s+break))\b/i;
/**
 * Closing in on a lead before a pair: "closed to 38-36", "crept within 51-49". Read only when a
 * mark, a preposition or a conjunction follows the pair ("closed to 38-36 on a three", "crept
 * within 51-49, but"), not a noun it would qualify ("closed to 4-5 lanes").
 */
const CLOSING_WORD = /\b(?:clos(?:e|es|ed|ing)|cr(?:ept|eep|eeps|eeping))\s+(?:to\s+)?(?:to|within)\s+$/i;
const CLOSING_AFTER = /^(?:\s*[,.;:!?)\u2013\u2014-]|\s*$|\s+(?:on|with|in|at|after|before|when|as|and|but|late|early|midway|by|thanks)\b)/i;
/** Words of a standing before a pair: a record. */
const RECORD_WORD = /\b(?:record|mark)\s+(?:\w+\s+){0,2}(?:to|at|of)\s+$|\b(?:improv(?:e|es|ed|ing)|fell|fall|falls|falling|dropp?(?:ed|ing|s)?|mov(?:e|es|ed|ing)|rose|rise|rises|rising|slipp?(?:ed|ing|s)?|climb(?:s|ed|ing)?)\s+to\s+$|\b(?:stand|stands|standing|stood|sit|sits|sitting|sat)\s+at\s+$|\b(?:is|are|was|were|now)\s+$/i;
/** A vote's words before a tally. */
const VOTE_WORD = /\b(?:vot(?:e|es|ed|ing)|ballot|jury|justices|judges|panel|council|board|committee)\b/i;
/** Words that make the number before "to" a count of something else: "from 10 to 12 people". */
const FROM_BEFORE = /\b(?:from|between)\s+$/i;

/** Units and counted nouns right after two numbers: they make them a range ("2-3 points", "18-25 years"). */
const RANGE_NOUN = /^\s*(?:per\s?cent|percent|points?|pts|people|persons|years?|yrs|days?|weeks?|months?|hours?|minutes?|mins|seconds?|times|inches|feet|ft|metres|meters|miles|km|degrees|games|matches|seats|members|students|cents|dollars|euros|pounds|kg|lbs?)\b/i;

function clauseBefore(text: string, at: number): string {
  const start = Math.max(0, at - 90);
  const before = text.slice(start, at);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("\n"), before.lastIndexOf(":"));
  return before.slice(cut + 1);
}

/** The kind of pair the words around it make, or null when nothing makes it one. */
function kindAt(text: string, at: number, end: number, to: boolean): PairKind | null {
  const before = text.slice(Math.max(0, at - 40), at);
  const clause = clauseBefore(text, at);
  if (to) {
    // "won 27 to 24", "beat them 3 to 1": only right after a word of scoring (a few words between)
    if (FROM_BEFORE.test(before)) return null;
    const near = /(?:^|\s)((?:\S+\s+){0,3})$/.exec(clause)?.[1] ?? "";
    return SCORE_WORD.test(near) ? "score" : VOTE_WORD.test(near) ? "tally" : null;
  }
  const after = text.slice(end, end + 40);
  const noun = NOUN_AFTER.exec(after);
  if (noun) return RECORD_NOUN.test(noun[1]!) ? "record" : TALLY_NOUN.test(noun[1]!) ? "tally" : RUN_NOUN.test(noun[1]!) ? "run" : "score";
  if (RUN_BEFORE.test(clause)) return "run";
  // "the Hawks (8-6)": a record in parentheses after a name
  if (/\p{Lu}[\p{L}.'’]*\s*\($/u.test(before) && /^\)/.test(after)) return "record";
  // "his 12-2 Falcons", "the 9-4 Owls"
  if (/\b(?:the|his|her|their|its|a|an)\s+$/i.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return "record";
  if (VOTE_WORD.test(clause)) return "tally";
  if (RECORD_WORD.test(before)) return "record";
  // a word of scoring within the last words of its clause ("beat the Hawks 27-24", "lost to the Owls, 10-7")
  const near = /((?:\S+\s+){0,6})$/.exec(clause)?.[1] ?? "";
  if (SCORE_WORD.test(near)) return "score";
  if (CLOSING_WORD.test(clause) && CLOSING_AFTER.test(after)) return "score";
  return null;
}

/** The pairs of a text, as mentions of one value each (see the header). */
export function findPairs(text: string): Mention[] {
  if (!/\d\s?[-–]\s?\d|\d\s+to\s+\d/.test(text)) return [];
  const out: Mention[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const to = /to/.test(m[0]);
    // "2011-12", "1998-99": a span of years has a first number of four digits (not matched); "9-11" and the like have no cue
    // "2-3 points", "10-15 people": a range of a count, whatever stands before it
    if (RANGE_NOUN.test(text.slice(end, end + 20))) continue;
    const kind = kindAt(text, at, end, to);
    if (kind === null) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [first, second] = (kind === "score" || kind === "run") && b > a ? [b, a] : [a, b];
    out.push({
      offset: at, length: end - at, text: m[0], kind: "quantity",
      value: { type: "quantity", min: first, max: first, unit: kind, approximate: false, qualifier: null, nominal: first, pair: [first, second] },
      timex: null, relative: false, pattern: `quantity/pair-${kind}`, counted: kind,
    });
  }
  return out;
}
