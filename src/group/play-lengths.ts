/**
 * One play of a game, and how long it was: "an 80-yard touchdown run", "a 78-yd TD run", "an
 * 80-yard scamper", "romped 80 yards", "a 25-yard interception return", "took it 25 yards the other
 * way", "a nine-yard touchdown reception", "a 60-yard drive", "drove 60 yards in 11 plays", "an
 * 11-play drive". Outlets tell one play with different nouns and verbs: it is one kind of play
 * (a run, a pass and its catch, a return, a kick, a punt, a drive) of one length, in yards or, for
 * a drive, in plays. Its holders are the names its clause gives (the runner; the passer and the
 * receiver of one pass).
 *
 * Claims of one kind of play are compared with each other (group/occurrence-topics.ts, one topic
 * per kind and noun), as one kind of happening (group/predicate-classes.ts). A player makes many
 * plays of one kind in a game, so two lengths are set against each other only when the sentences
 * name the same play — a place in the game both give ("on the first play of the second half", "on
 * the opening snap"), or "the longest" — and a holder in common; otherwise they are two plays
 * (group/participants.ts separates). The same length of one kind, with no different holder, is one
 * play told twice.
 *   must be one play: "an 80-yard scamper on the first play of the half" and "Ruelle broke off a
 *     78-yd TD run on the first play of the half" (a contradiction: 80 against 78);
 *     "Dane hit Cole for a nine-yard touchdown" and "a Cole nine-yard touchdown reception";
 *   must not: "a 40-yard run" and "a 12-yard run" of one player with no place in the game (two
 *     runs); a run and a pass; a drive's yards and its plays; two players' runs.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { EARLIER, holderOf, placeWhere } from "./stat-lines.js";
import { wordTable } from "../values/word-table.js";

export interface Play {
  /** The kind of play: run, pass, return, kick, punt, drive; "score" when only a touchdown is told. */
  kind: string;
  /** What its length counts: "yard", or "play" for a drive's plays. */
  noun: string;
  /** The names its clause gives, as written. */
  holders: string[];
  /** The places in the game its sentence names it by ("first play", "longest"). */
  marks: string[];
  /** Whether its clause tells it of an earlier game ("on the opening play of the game two weeks ago"). */
  earlier: boolean;
}


/** The play a claim gives the length of, or null. */
export const playOf: (c: Claim) => Play | null = oncePerClaim(readPlay);

/** The topic's name of a play: "run yard", "drive play". */
export function playName(p: Play): string {
  return `${p.kind} ${p.noun}`;
}

/** Head nouns of a play, by kind. */
const HEADS = wordTable<string>({
  run: "run", scamper: "run", dash: "run", romp: "run", rush: "run", carry: "run", scramble: "run", sprint: "run", jaunt: "run", burst: "run",
  pass: "pass", throw: "pass", reception: "pass", catch: "pass", completion: "pass", strike: "pass", toss: "pass", hookup: "pass",
  return: "return", "pick-six": "return",
  goal: "kick", fg: "kick", kick: "kick", "field-goal": "kick",
  punt: "punt",
  drive: "drive", march: "drive", possession: "drive",
  touchdown: "score", td: "score", score: "score",
});
/** Words of a clause that tell the kind of a play told only as a touchdown or with a verb, in order. */
const KIND_WORDS: readonly [RegExp, string][] = [
  [/\b(?:return(?:s|ed|ing)?|intercept\w*|picked?\s+(?:it\s+)?off|pick-six|fumble\w*|defensive)\b/i, "return"],
  [/\bfield[\s-]goals?\b/i, "kick"],
  [/\b(?:pass(?:es|ed|ing)?|throw(?:s|n|ing)?|threw|receptions?|catch(?:es)?|caught|completions?|hit|found|connected|hooked\s+up)\b/i, "pass"],
  [/\b(?:run|runs|ran|running|rush(?:es|ed|ing)?|raced|romped|rumbled|scampered|dashed|sprinted|broke\s+off|carried|scrambled)\b/i, "run"],
];
/** What ends the words after a play's noun that still tell of it: a stop, or a new clause ("to give the Hawks a lead", "helping them"). */
const CLAUSE_END = /[,;:.()]|\b(?:to|and|while|as|but|which|who|helping|giving|including|breaking)\b/i;
/** Words that end a compound noun: prepositions, articles, conjunctions, relative words. */
const COMPOUND_END = /^(?:for|to|on|in|at|of|by|with|from|into|that|which|who|and|or|but|the|a|an|as|after|before|while|when|to|up|down|out|off|late|early|midway)$/;
/** Verbs that carry a length in yards ("romped 80 yards", "took it untouched 25 yards", "drove 60 yards"). */
/** Verbs of running that carry a length: the play is a run ("romped 80 yards"). */
const RUN_VERB = /^(?:ran|run|runs|raced|races|romped|romps|rumbled|rumbles|scampered|scampers|dashed|sprinted)$/;
const MOVED = /\b(ran|run|runs|raced|races|romped|romps|rumbled|rumbles|scampered|scampers|dashed|sprinted|took|takes|carried|returned|returns|drove|drives|marched|marches|moved|went|goes)\s+(?:(?:it|the\s+ball|back|an?\s+(?:interception|fumble|punt|kickoff|kick|pick))\s+)?(?:(?:untouched|all|back)\s+)?(?:the\s+(?:other\s+way|distance)\s+)?$/i;

/** Words that open a name run and name no one. */
const NO_NAME = /^(?:The|A|An|And|But|So|Then|On|In|At|With|After|Before|When|For|Of|By|As|It|He|She|They|His|Her|Their|This|That|TD|TDs|NFL|Corner|Rookie|Running|Wide|Tight|Quarterback|Back)$/;
/** Places in a game that name one play. */
const MARKS: readonly [RegExp, string][] = [
  [/\b(?:first|opening)\s+(?:play|snap|carry|possession)\b/i, "first play"],
  [/\b(?:last|final|closing)\s+(?:play|snap)\b/i, "last play"],
  [/\blongest\b/i, "longest"],
];

/** A length's unit right after its figure: "-yard", " yd", "-play", " yards". */
const UNIT_AFTER = /^(?:(?:-|\s)(?:yard|yd|play)(?![\p{L}])|\s+(?:yards|yds)\b)/iu;

function readPlay(c: Claim): Play | null {
  // (a claim a rule took counts what its rule says: only claims read through their frames alone are read here)
  if (!c.rule.startsWith("frame:")) return null;
  if (c.value.type !== "quantity") return null;
  const at = placeWhere(c.sentence, c.text, UNIT_AFTER);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  const after = c.sentence.slice(at + c.text.length);
  let kind: string | null = null;
  let noun = "yard";
  let headEnd = 0;
  // "an 80-yard touchdown run", "a 78-yd TD run", "a 25 yard defensive touchdown", "an 11-play drive":
  // the unit in the singular, written before the play's noun
  const modifier = /^(?:-|\s)(yard|yd|play)(?![\p{L}])\.?(?:-|\s+)/iu.exec(after);
  if (modifier) {
    noun = modifier[1]!.toLowerCase() === "play" ? "play" : "yard";
    // the head is the last word of the compound that names a play ("touchdown run" → run), within four words
    const words: string[] = [];
    for (const m of after.slice(modifier[0].length).matchAll(/[\p{L}'’-]+|[^\s\p{L}]/gu)) {
      const w = m[0].toLowerCase();
      if (!/^[\p{L}'’-]+$/u.test(w) || COMPOUND_END.test(w) || words.length >= 4) break;
      words.push(w);
    }
    for (const w of words) if (HEADS[w] !== undefined) kind = HEADS[w]!;
    if (/\bfield[\s-]goal\b/i.test(words.join(" "))) kind = "kick";
    if (kind === null) return null;
    headEnd = modifier[0].length;
    if (noun === "play" && kind !== "drive") return null;
  } else if (/^\s+(?:yards|yds)\b(?!\s+(?:of|away|from|behind|ahead|long|wide|deep|per|a\s+game)\b)/i.test(after) && MOVED.test(before)) {
    // "romped 80 yards", "took it untouched 25 yards", "drove 60 yards in 11 plays"
    const verb = MOVED.exec(before)![1]!.toLowerCase();
    kind = /^(?:drove|drives|marched|marches)$/.test(verb) || /^\s+(?:yards|yds)\s+(?:in|on)\s+\w+\s+plays\b/i.test(after) ? "drive" : /^return/.test(verb) ? "return" : RUN_VERB.test(verb) ? "run" : "score";
    headEnd = /^\s+(?:yards|yds)/i.exec(after)![0].length;
  } else return null;
  const start = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const tail = after.slice(headEnd).split(CLAUSE_END)[0] ?? "";
  const clause = `${before.slice(start + 1)}${c.text} ${tail}`;
  if (kind === "score") {
    // a touchdown or a length moved: the clause's words tell which kind of play it was, else the sentence's before it
    kind = KIND_WORDS.find(([re]) => re.test(clause))?.[1] ?? KIND_WORDS.find(([re]) => re.test(before))?.[1] ?? "score";
  }
  const marks = MARKS.filter(([re]) => re.test(c.sentence)).map(([, m]) => m);
  return { kind, noun, holders: kind === "drive" ? [] : holdersOf(c.sentence, at, kind, before), marks, earlier: EARLIER.test(clause) };
}

/** A name right before the figure ("a Cole nine-yard touchdown reception"), and the names a pass goes from or to ("hit Cole for", "a pass from Dane to Cole"). */
const NAME_BEFORE = /(?:^|\b(?:a|an|the)\s+)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+$/u;
const PASS_ENDS = /\b(?:to|from|hit|hits|found|finds|connected\s+with|hooked\s+up\s+with)\s+(?:(?:wide\s+receiver|tight\s+end|receiver|quarterback|rookie|running\s+back)\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/gu;

/**
 * Who made a play: as for a statistic (stat-lines.ts holderOf: the possessive before it, the name
 * that opens its clause, the sentence's opener for a participle clause), a name right before it,
 * and for a pass, the names it went from and to in its sentence.
 */
function holdersOf(sentence: string, at: number, kind: string, before: string): string[] {
  const out = new Set<string>();
  const own = holderOf(sentence, at);
  if (own !== null) out.add(own);
  const right = NAME_BEFORE.exec(before);
  if (right && !NO_NAME.test(right[1]!)) out.add(right[1]!);
  if (kind === "pass") for (const m of sentence.matchAll(PASS_ENDS)) out.add(m[1]!);
  return [...out]
    .map((n) => n.replace(/(?:['’]s?)$/u, "").split(/\s+/).filter((w) => !NO_NAME.test(w)).join(" "))
    .filter((n) => n !== "" && !/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(n))
    .sort();
}

/** Whether two holders' lists share a name word ("Cole" and "Dana Cole"). */
function shareHolder(a: readonly string[], b: readonly string[]): boolean {
  const words = (l: readonly string[]): string[] => l.flatMap((n) => n.toLowerCase().split(/\s+/));
  const wb = words(b);
  return words(a).some((w) => wb.includes(w));
}

/**
 * Whether two claims tell different plays: two kinds, two holders the texts name apart, or two
 * lengths of one kind that nothing shows to be one play (a place in the game both give, with a
 * holder in common). Claims of which one tells no play are not parted by it.
 */
export function playsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [playOf(a), playOf(b)];
  if (x === null || y === null) return false;
  if (x.kind !== y.kind || x.noun !== y.noun || x.earlier !== y.earlier) return true;
  if (x.holders.length > 0 && y.holders.length > 0 && !shareHolder(x.holders, y.holders)) return true;
  if (sameLength(a, b)) return false;
  // two lengths: one play only where a place in the game names it (both that give one give the same)
  if (x.marks.length > 0 && y.marks.length > 0) return !x.marks.some((m) => y.marks.includes(m));
  return x.marks.length === 0 && y.marks.length === 0;
}

/**
 * What ties a play to one another report tells, for a contradiction: a holder's name word with a
 * place in the game ("charles first play"). A play that no place in the game names is tied to none:
 * a player makes many runs, and two lengths of his are two runs as often as one told twice.
 */
export function playEvidence(c: Claim): readonly string[] {
  const p = playOf(c);
  if (p === null) return [];
  const words = [...new Set(p.holders.flatMap((n) => n.toLowerCase().split(/\s+/)))].sort();
  return words.flatMap((w) => p.marks.map((m) => `${w} ${m}`));
}

function sameLength(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  return va.type === "quantity" && vb.type === "quantity" && va.min === vb.min && va.max === vb.max;
}
