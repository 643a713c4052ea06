/**
 * Whose score, record or tally a pair is (values/quantity/score-pairs.ts), and which span of a game
 * or a season it is told of. Outlets tell one game's result with many verbs ("beat the Owls
 * 27-24", "a 27-24 victory", "lost to the Hawks, 27-24") and a team's record in many places ("the
 * Hawks (8-6)", "improved to 8-6", "an 8-6 season", "the 8-6 Hawks"); a game also has many scores
 * on the way (a lead at the half, a score the other side cut it to), and a team many records (one
 * on the road, one last season).
 *
 * A pair is compared with the pairs of its kind (group/occurrence-topics.ts), as one kind of
 * happening (group/predicate-classes.ts); group/participants.ts parts two pairs that name two
 * holders or two spans:
 *   span of a score: "final" (a result: "won 27-24", "a 27-24 win"), "halftime" ("led 14-7 at
 *     the half", "a 14-7 halftime lead"), "point" (a running score: "led 21-17", "cut it to
 *     21-20", "the game tied 7-7"), "other" (a count inside the game: "won the rebounding battle 45-30");
 *   span of a record: "season" (the standing: "the Hawks (8-6)", "an 8-6 season", "improved to
 *     8-6"), "split" (a part of it: "4-3 on the road", "5-1 in close games"), "earlier" (another
 *     season's: "a 3-13 record a year ago", "the 1998 Hawks went 2-14");
 *   a tally: "final";
 *   a run of scoring: "run" ("a 9-0 run", "stretched the run to 11-0"): a game has many, and two
 *     runs told in two named periods ("in the first half", "a second-half run") are two.
 *   holders: a record's team (the name before its parentheses, the name after it, the possessive
 *     before "record", the name it was given to, else the clause's subject); a score's or a
 *     tally's names of its clause.
 * Two pairs with one span and a holder in common are one value: equal agrees, different
 * contradicts. A running score, a split or an earlier record is one of many: two different ones
 * never contradict (they are parted), equal ones agree. Pairs of two spans, or of holders that share
 * no name, are parted when they differ; so is a pair whose holder is unknown (unknown is not equal).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { momentOf, oneMoment } from "./game-clocks.js";
import { periodsApart } from "./game-periods.js";
import { EARLIER, holderOf, placeWhere } from "./stat-lines.js";
import { wordPlaces } from "./word-places.js";

export interface PairFrame {
  kind: string;
  span: string;
  /** The holder's name words, lower-cased (a record's team; a score's named sides). */
  holders: string[];
}


/** The pair a claim states, with its span and holders, or null when its value is no pair. */
export const pairOf: (c: Claim) => PairFrame | null = oncePerClaim(readPair);

const HALF = /\b(?:halftime|half-time|half\s+time|(?:at|into|by)\s+the\s+(?:half|break|interval)|intermission)\b/i;
const LEAD_NOUN = /^\s*(?:halftime\s+|half-time\s+)?(?:lead|leads|deficit|advantage|edge|cushion|margin)\b/i;
const RESULT_NOUN = /^\s*(?:\w+\s+)?(?:victory|victories|win|wins|loss|losses|defeat|defeats|triumph|rout|drubbing|thrashing|setback|final|decision|scoreline)\b/i;
/** The last word of result or of a running score before the pair, in its clause. */
const BEFORE_WORD = /\b(?:(won|win|wins|beat|beats|beating|defeat(?:s|ed|ing)?|lost|lose|loses|losing|edg(?:e|es|ed|ing)|top(?:s|ped|ping)?|dispatch(?:es|ed|ing)?|rout(?:s|ed|ing)?|blank(?:s|ed|ing)?|down(?:s|ed)|outscor(?:e|es|ed|ing)|thrash(?:es|ed|ing)?|hammer(?:s|ed|ing)?|victory|triumph|final(?:\s+score)?)|(led|lead|leads|leading|trail(?:s|ed|ing)?|tied|ties|tying|tie|up|down|behind|ahead|cut|cuts|cutting|trim(?:s|med|ming)?|narrow(?:s|ed|ing)?|deficit|made|make|making|pulled|score|scoreline))\b/gi;
const SPLIT_AFTER = /^\)?\s*(?:on\s+the\s+road|at\s+home|away\b|in\s+(?!the\s+(?:season|standings|playoffs)\b)|against\s|versus\s|vs\.?\s|when\s|without\s|after\s+(?!the\s+(?:game|win|loss|victory|defeat)\b)|since\s)/i;
const EARLIER_RECORD = /\b(?:a\s+year\s+(?:ago|earlier|before|prior)|the\s+year\s+(?:before|prior)|last\s+(?:season|year)|previous\s+(?:season|year)|prior\s+(?:season|year))\b/i;
/** A run of capitalized words: a team's or a body's name. */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
const BEFORE_PARENS = new RegExp(String.raw`(${NAME})\s*\($`, "u");
const NAME_RUNS = new RegExp(NAME, "gu");
const NAME_AFTER = new RegExp(String.raw`^\s+(${NAME})`, "u");
const POSSESSIVE_RECORD = new RegExp(String.raw`(${NAME})\s*(?:'s|’s|'|’)\s+(?:\w+\s+){0,2}(?:record|mark)\b[^,;]*$`, "u");
const GIVEN_TO = new RegExp(String.raw`\b(?:gave|give|gives|giving|handed|hands)\s+(?:the\s+)?(${NAME})\s+(?:an?\s+)?$`, "u");
/** Capitalized words that name no side. */
const NO_NAME = /^(?:the|a|an|and|but|so|then|his|her|their|its|he|she|they|it|this|that|in|on|at|with|after|before|when|for|of|by|as|if|while|to|from|sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|february|march|april|may|june|july|august|september|october|november|december|week|game|beat|beats|win|wins|won|top|tops|lose|loses|lost|clinch|clinches|victory|over)$/;

/** A name run as a holder: lower-cased, its words that name no one dropped ("The Owls'" → "owls"); none when nothing is left. */
function nameWords(run: string): string[] {
  const name = run.replace(/(?:['’]s?)$/u, "").split(/\s+/).map((w) => w.replace(/[.'’]+$/u, "").toLowerCase()).filter((w) => w.length > 1 && !NO_NAME.test(w)).join(" ");
  return name === "" ? [] : [name];
}

/** Whether one name is the other or a run of its words ("owls" in "ashby owls"; not "north carolina central" and "north carolina tar heels"). */
function oneName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}

/** Whether two lists of names share two names that are not one ("hawks", "owls" in both). */
function bothSides(a: readonly string[], b: readonly string[]): boolean {
  const shared = a.filter((n) => b.some((m) => oneName(n, m)));
  return shared.some((n, i) => shared.slice(i + 1).some((m) => !oneName(n, m)));
}

/** A holder's names with those its story names it by (`alias` of each word: "indianapolis" → "colts"). */
function namesOf(c: Claim, holders: readonly string[], alias: (c: Claim, word: string) => readonly string[]): string[] {
  const out = new Set(holders);
  for (const h of holders) for (const w of h.split(" ")) for (const a of alias(c, w)) out.add(a);
  return [...out];
}

function readPair(c: Claim): PairFrame | null {
  const v = c.value;
  if (v.type !== "quantity" || !v.pair) return null;
  const kind = v.unit;
  const at = placeWhere(c.sentence, c.text, /^/);
  if (at < 0) return { kind, span: "unknown", holders: [] };
  const before = c.sentence.slice(0, at);
  const after = c.sentence.slice(at + c.text.length);
  // the clause the pair closes: back to the last comma, or the one before it when the pair follows its comma ("lost to the Hawks, 27-24")
  const cuts = [...before.matchAll(/[,;:(]/g)].map((m) => m.index);
  let from = cuts.at(-1) ?? -1;
  if (from >= 0 && /^[,;:(]\s*$/.test(before.slice(from))) from = cuts.at(-2) ?? -1;
  const clause = before.slice(from + 1);
  const tail = after.split(/[,;:.]/)[0] ?? "";
  if (kind === "record") return { kind, span: recordSpan(c, clause, after, c.sentence), holders: recordHolder(c, before, after, at) };
  // the sentence's names that stand in the pair's clause as words of their own (a plain search: a
  // name is text, never a pattern to compile, however long)
  const words = `${clause} ${tail}`.toLowerCase();
  const holders = [...new Set(c.actors.filter((a) => a.startsWith("name:")).map((a) => a.slice(5)).filter((n) => !NO_NAME.test(n) && wordPlaces(words, n).length > 0))].sort();
  if (kind === "run") return { kind, span: "run", holders };
  if (kind !== "score") return { kind, span: "final", holders };
  return { kind, span: scoreSpan(clause, after), holders };
}

function scoreSpan(clause: string, after: string): string {
  // "won the turnover battle 3-0", "lost the rebounding war 30-45": a count inside the game, not its score
  if (/\b(?:battle|war|fight|race|count|department)\s*$/i.test(clause)) return "other";
  const near = after.slice(0, 30);
  if (HALF.test(near) || HALF.test(clause.slice(-50))) return "halftime";
  if (LEAD_NOUN.test(after)) return "point";
  if (RESULT_NOUN.test(after)) return "final";
  let last: RegExpExecArray | null = null;
  BEFORE_WORD.lastIndex = 0;
  for (let m = BEFORE_WORD.exec(clause); m; m = BEFORE_WORD.exec(clause)) last = m;
  if (last === null) return "unknown";
  return last[1] !== undefined ? "final" : "point";
}

/** A record over more than a season: a career's, a tenure's. */
const CAREER_RECORD = /\b(?:career|lifetime|all-time|overall|tenure|at\s+the\s+helm|as\s+(?:a\s+)?(?:head\s+)?coach|seasons)\b/i;
/**
 * A record before the game the report tells of: "came into the game 9-5", "headed into Sunday at
 * 7-7", "entering Sunday at 9-5". A verb of going counts only with where it goes ("was let go
 * despite a 30-34 record" is no game come into).
 */
const BEFORE_GAME = /\b(?:came|come|comes|coming|went|go|goes|going|headed|heading)\s+(?:into|in|to)\b|\b(?:entered|enters|entering)\b/i;
/** A season told by its place among others: "in his first season", "her third year". */
const NTH_SEASON = /\b(?:first|second|third|fourth|fifth|sixth|rookie|debut|inaugural)\s+(?:full\s+)?(?:season|year|campaign)\b/i;

function recordSpan(c: Claim, clause: string, after: string, sentence: string): string {
  const reportedAt = c.claimFrame?.time.reportedAt ?? null;
  const tail = after.split(/[,;:.]/)[0] ?? "";
  const words = `${clause} ${tail}`;
  const opening = sentence.slice(0, Math.max(0, sentence.length - after.length));
  if (EARLIER_RECORD.test(words) || EARLIER.test(clause) || yearBefore(opening, reportedAt) || NTH_SEASON.test(sentence)) return "earlier";
  if (CAREER_RECORD.test(words) || CAREER_RECORD.test(opening)) return "career";
  // "a 9-14 start", "4-4 on the road", "5-1 in close games": a part of a season's record
  if (SPLIT_AFTER.test(after) || /^\s*(?:start|stretch|run|streak|skid|slide|finish)\b/i.test(after)) return "split";
  if (BEFORE_GAME.test(clause)) return "before";
  return "season";
}

/** A year the words name before the report's year ("in 2006-07", "the 1998 Hawks"); any year when the report's day is unknown. */
function yearBefore(clause: string, reportedAt: string | null): boolean {
  const year = reportedAt === null ? Infinity : Number(reportedAt.slice(0, 4));
  for (const m of clause.matchAll(/(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,])/g)) if (Number(m[1]) < year) return true;
  return false;
}

function recordHolder(c: Claim, before: string, after: string, at: number): string[] {
  const parens = BEFORE_PARENS.exec(before);
  if (parens && /^\)/.test(after)) return nameWords(parens[1]!);
  const next = NAME_AFTER.exec(after);
  if (next && /\b(?:the|his|her|their|its)\s+$/i.test(before)) return nameWords(next[1]!);
  const own = POSSESSIVE_RECORD.exec(before);
  if (own) return nameWords(own[1]!);
  const given = GIVEN_TO.exec(before);
  if (given) return nameWords(given[1]!);
  const h = holderOf(c.sentence, at);
  if (h !== null) return nameWords(h);
  // the last name of its clause, the subject of its verb ("With the loss the Owls fell to 10-5", "A year ago the Owls were 3-13")
  const clause = before.split(/[,;:(]/).at(-1) ?? "";
  for (const m of [...clause.matchAll(NAME_RUNS)].reverse()) {
    const words = nameWords(m[0]);
    if (words.length > 0) return words;
  }
  return [];
}

/** Spans whose pairs are one of many (a running score, a split, an earlier season): two different ones never contradict. */
const MANY = new Set(["point", "split", "earlier", "career", "before", "other", "unknown", "run"]);

/**
 * Whether two claims state pairs that are not one value: two kinds, two spans, a span of many
 * (MANY) with different numbers, or different numbers of holders that share no name (`alias`
 * gives a name word the other words its story names it by: "indianapolis" → "colts"; `oneGame`
 * tells two season records of reports of two days that are the standing after one game).
 */
export function pairsApart(
  a: Claim,
  b: Claim,
  alias: (c: Claim, word: string) => readonly string[] = () => [],
  oneGame: (a: Claim, b: Claim, alias: (c: Claim, word: string) => readonly string[]) => boolean = () => false,
): boolean {
  const [x, y] = [pairOf(a), pairOf(b)];
  if (x === null || y === null) return x !== y;
  if (x.kind !== y.kind) return true;
  // two holders named apart ("the Owls (12-3)" and "the 12-3 Falcons") are two, whatever their numbers
  const na = namesOf(a, x.holders, alias);
  const shared = namesOf(b, y.holders, alias).some((n) => na.some((m) => oneName(n, m)));
  const va = a.value, vb = b.value;
  const same = va.type === "quantity" && vb.type === "quantity" && va.pair?.[0] === vb.pair?.[0] && va.pair?.[1] === vb.pair?.[1];
  if (x.span !== y.span) return !oneSeasonToldTwoWays(x, y, same && shared);
  // two running scores told at one clock of the game ("a 45-38 lead with 13:10 to go") are one moment's
  // score (game-clocks.ts), whoever its clauses name (the side that led, or the player who scored)
  if (x.kind === "score" && x.span === "point" && y.span === "point" && oneMoment(a, b)) return false;
  // two runs of two named periods ("in the first half", "a second-half run") are two runs (game-periods.ts)
  if (x.kind === "run" && periodsApart(a, b)) return true;
  // (a score's or a run's clause names one side or whoever made a play, seldom both sides: an equal one is not parted by them)
  if (x.holders.length > 0 && y.holders.length > 0 && !shared && !(same && (x.kind === "score" || x.kind === "run"))) return true;
  if (same) return false;
  if (MANY.has(x.span)) return true;
  // a season's record changes with each game: two of them are one figure only in reports of one known day,
  // or in reports of the night and the morning after one game (`oneGame`: game-records.ts)
  if (x.kind === "record") {
    const [da, db] = [a.claimFrame?.time.reportedAt ?? null, b.claimFrame?.time.reportedAt ?? null];
    if (da === null || db === null || (da !== db && !oneGame(a, b, alias))) return true;
  }
  // a clause often names one side of a game, and one side plays many games: two different scores
  // are one game's only where both name the same two sides
  if (x.kind !== "record" && !bothSides(namesOf(a, x.holders, alias), namesOf(b, y.holders, alias))) return true;
  return !shared;
}

/**
 * One holder's same record, told as the standing by one report ("fired despite a 41-41 record") and
 * as a season gone by by another ("posted a 41-41 mark in 2009-10", "a 41-41 record, up from the
 * season before"): a season that has just ended is both. The same numbers of one holder agree;
 * different ones stay apart (two seasons). Must be one: "despite a 41-41 record" and "went 41-41 in
 * 2009-10", both of Dunmore. Must not: the same numbers of two holders; "41-41" and "40-42" of one
 * holder told so; a season's record and a split of it ("5-2 on the road").
 */
function oneSeasonToldTwoWays(x: PairFrame, y: PairFrame, sameOfOneHolder: boolean): boolean {
  if (!sameOfOneHolder || x.kind !== "record" || x.holders.length === 0 || y.holders.length === 0) return false;
  const spans = [x.span, y.span].sort().join(" ");
  return spans === "earlier season";
}

/** What ties a pair to one another report tells, for a contradiction: its span and a holder's name word ("season colts"). */
export function pairEvidence(c: Claim, alias: (c: Claim, word: string) => readonly string[] = () => []): readonly string[] {
  const p = pairOf(c);
  if (p === null) return [];
  // a running score told at a clock of the game is tied by that moment alone (game-clocks.ts momentOf: "790 half 2" → "790")
  const moment = p.kind === "score" && p.span === "point" ? momentOf(c) : null;
  if (moment !== null) return [`score point at ${moment.split(" ")[0]!}`];
  if (MANY.has(p.span)) return [];
  // each word of each name: "ashby owls" ties to "owls" (pairsApart parts the names that are not one)
  return [...new Set(namesOf(c, p.holders, alias).flatMap((n) => n.split(" ")))].sort().map((w) => `${p.kind} ${p.span} ${w}`);
}
