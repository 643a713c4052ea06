/**
 * Parts of a sentence that tell another occurrence than the one its claim is about, so that the
 * places and names they give are not taken for where or by whom the claim's own event happened:
 *   - a sequence: "Sunday's stabbing follows two last month in Keld and Brill", "the raid came a
 *     week after an earlier one in Larkton", "the blast is the third this year, after fires in
 *     Ashby and Keld";
 *   - a comparison: "deadlier than the one in Brill", "unlike the march in Dunmore", "like an
 *     earlier attack in Keld", "the worst since the floods in Ashby";
 *   - a list of past events: "earlier shootings in Keld and Brill", "previous quakes near Ashby";
 *   - a relative clause that says its event is another one: "the gunman, who had also attacked a
 *     clinic in Keld, …", "the storm, which earlier flooded Ashby, …".
 * Such a part runs from its marker to the end of its clause (a semicolon, a colon, a dash, a
 * bracket, or a comma before a lower-case word other than "and"/"or": "in Keld, Brill and Ashby"
 * is one list). A claim that stands inside it is about the other occurrence and keeps every name;
 * a claim outside it keeps only the names its sentence also gives outside such parts.
 * The words that only set a time ("after a chase in Genesee County", "following a dispute in
 * Ashby", "after the quake in Keld") tell of this occurrence and mark nothing.
 */
import { escapeRegExp, execAll } from "../values/exec-all.js";
import { countriesIn } from "../extract/gazetteer.js";

const TIME_UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|times?)`;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|latest)`;
/** "the third this year", "the latest in a string of", "the second such attack", "the fourth of its kind". */
const NTH = String.raw`${ORDINAL}\s+(?:[\p{L}-]+\s+){0,2}?(?:this|since|such|after|in\s+(?:an?|the)\s+(?:string|series|spate|wave|run)|of\s+(?:its|their|the|several|many|two|three|four|five))\b`;
/** Words after a sequence marker that say its event is another one: "two", "an earlier one", "similar", "last week's". */
const OTHER = [
  // "two last month", "three in a week" (not "two days of heat", "two of the men")
  String.raw`(?:(?:the|its)\s+)?(?:two|three|four|five|six|several|many)\b(?!\s+(?:of|more|${TIME_UNIT})\b)`,
  String.raw`(?:(?:an?|the)\s+)?(?:(?:string|series|spate|wave|number|run)\s+of|others?|another|earlier|previous|prior|similar|recent|past)\b`,
  // "a similar one", "the one in", "one last week" (not "one of the guards", "one step")
  String.raw`(?:an?|the)\s+(?:[\p{L}-]+\s+)?ones?\b(?!\s+of\b)`,
  String.raw`(?:one|ones|those)\s+(?:in|at|near|last|earlier|this)\b`,
  String.raw`(?:last|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)['’]s\b`,
  String.raw`the\s+${NTH}`,
].join("|");

/**
 * Where a part about another occurrence begins. Must match: "follows two last month in",
 * "followed an earlier blast at", "came a week after a similar one in", "comes on the heels of
 * two", "is the third this year", "deadlier than the one in", "unlike", "like an earlier",
 * "similar to the", "compared with the", "the worst since", "earlier shootings in", "who had also",
 * "which earlier". Must not match: "followed the car", "after a chase in", "following a dispute",
 * "more than 100", "would like to", "since Monday", "the other two victims" (people, not events).
 */
const MARKER = new RegExp(
  [
    // a sequence verb whose object is another event
    String.raw`\b(?:follows|followed|following|comes?|came|coming)\s+(?:(?:[\p{L}\d-]+\s+){0,3}?(?:after|on\s+the\s+heels\s+of)\s+)?(?=${OTHER})`,
    String.raw`\b(?:after|since)\s+(?=(?:an?\s+|the\s+)?(?:earlier|previous|prior|similar|other|recent|past)\b|(?:an?|the)\s+(?:[\p{L}-]+\s+)?ones?\b(?!\s+of\b)|(?:two|three|four|five|several)\s+(?:other\s+|earlier\s+|similar\s+|previous\s+)?[\p{L}-]+\s+(?:last|earlier|this|in)\b)`,
    String.raw`\b(?:is|was|marks?|marked)\s+the\s+(?=${NTH})`,
    String.raw`\b(?:echoes|echoed|echoing|recalls|recalled|recalling|mirrors|mirrored|resembles|resembled)\s`,
    // a comparison with another event: not "more than 100", "rather than", "other than"
    String.raw`(?<!\b(?:more|less|fewer|rather|other|greater|higher|lower)\s)\bthan\s+(?=(?:the|an?|those|that|last|this)\s)`,
    String.raw`\bunlike\s`,
    String.raw`(?<!\b(?:would|'d|’d|looks?|looked|seems?|seemed|feels?|felt)\s)\blike\s+(?=(?:the|those|that)\s+(?:one|ones|earlier|previous|last)\b|an?\s+(?:earlier|previous|similar)\b)`,
    String.raw`\b(?:similar\s+to|compared\s+(?:with|to))\s`,
    String.raw`\b(?:worst|deadliest|biggest|largest|strongest|most\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+)?since\s+(?=the|an?)`,
    // a list of past events
    String.raw`\b(?:earlier|previous|prior|past)\s+(?:[\p{L}-]+\s+){0,2}?(?=(?:in|at|near)\s)`,
    // a relative clause that says its event is another one
    String.raw`\b(?:who|which|that)\s+(?:had\s+|has\s+)?(?:also|earlier|previously|once)\s`,
  ].join("|"),
  "giu",
);

/**
 * Where a clause ends: a semicolon, a colon, a dash, a bracket, or a comma before a lower-case
 * word other than "and", "or" and the words that go on to list the other events ("after",
 * "following", "including", "such as").
 */
const CLAUSE_END = /[;:()\u2014\u2013]|\s-\s|,\s+(?!(?:and|or|after|following|including|such\s+as)\b)(?=\p{Ll})/gu;

/**
 * The first letters of every alternative of MARKER, after its word boundary (and its lookbehind):
 * a marker can start only where one of these starts. Looking for these alone is some ten times
 * cheaper than trying MARKER's eleven alternatives, with their lookaheads, at every character;
 * MARKER itself then runs, sticky, only where one of them stands. Same flags as MARKER, so a
 * letter matches the same letters ("ſince", "\u212Aeep"). The words are letters only, so no
 * word boundary, and no marker, can start inside one of them.
 */
const MARKER_START =
  /follow|come|came|coming|after|since|is|was|mark|echo|recall|mirror|resembl|than|unlike|like|similar|compared|worst|deadliest|biggest|largest|strongest|most|earlier|previous|prior|past|who|which|that/giu;
const MARKER_AT = new RegExp(MARKER.source, "iuy");

/** The parts of a sentence that tell another occurrence, as [start, end) offsets. */
export function elsewhereSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  MARKER_START.lastIndex = 0;
  for (let s = MARKER_START.exec(sentence); s !== null; s = MARKER_START.exec(sentence)) {
    MARKER_AT.lastIndex = s.index;
    const m = MARKER_AT.exec(sentence);
    if (m === null) continue;
    // matchAll would go on after the whole marker
    MARKER_START.lastIndex = s.index + m[0].length;
    const start = s.index;
    if (spans.length > 0 && start < spans.at(-1)![1]) continue;
    CLAUSE_END.lastIndex = start + m[0].length;
    const end = CLAUSE_END.exec(sentence)?.index ?? sentence.length;
    spans.push([start, end]);
  }
  return spans;
}

/**
 * elsewhereSpans as one search of MARKER over the whole sentence: its definition, which the
 * faster search must give exactly (test/perf/elsewhere-markers.test.ts).
 */
export function elsewhereSpansInOneSearch(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(MARKER)) {
    const start = m.index;
    if (spans.length > 0 && start < spans.at(-1)![1]) continue;
    CLAUSE_END.lastIndex = start + m[0].length;
    const end = CLAUSE_END.exec(sentence)?.index ?? sentence.length;
    spans.push([start, end]);
  }
  return spans;
}

/** Each name's expression (null: a name of no letters or digits), compiled once per name. */
const nameExpressions = new Map<string, RegExp | null>();

function nameExpression(name: string): RegExp | null {
  let re = nameExpressions.get(name);
  if (re !== undefined) return re;
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  re = words.length === 0 ? null : new RegExp(String.raw`(?<![\p{L}\p{N}])${words.map(escapeRegExp).join(String.raw`[^\p{L}\p{N}]+`)}(?![\p{L}\p{N}])`, "giu");
  // the names of one scan's actors: a few thousand at most; a long-running process starts afresh
  if (nameExpressions.size >= 10_000) nameExpressions.clear();
  nameExpressions.set(name, re);
  return re;
}

/**
 * Offsets of a name in a sentence, by its expression: the definition, which nameMentions gives
 * exactly (test/perf/elsewhere-markers.test.ts).
 */
export function mentionsByExpression(sentence: string, name: string): number[] {
  const re = nameExpression(name);
  return re === null ? [] : execAll(re, sentence).map((m) => m.index);
}

/** A letter or a digit beyond ASCII: where case-insensitive matching may fold one letter into another ("ſ" and "s"). */
const WIDE_WORD_CHAR = /(?=[^\x00-\x7f])[\p{L}\p{N}]/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Offsets of a name in a sentence: its words, in order, with anything but letters and digits between.
 *
 * Such a match is a run of whole words of the sentence (runs of letters and digits), one per word
 * of the name, equal to it but for case. When neither the name nor the sentence holds a letter or
 * a digit beyond ASCII (all the names of the addresses, most of the news), the sentence's words
 * are compared with the name's, in lower case, where they stand; else the name's expression runs.
 * Compiling one expression per name (its \p{L} classes, case-insensitive) cost more than all
 * the searches it then made.
 */
export function nameMentions(sentence: string, name: string): number[] {
  if (!ASCII_ONLY.test(name) || WIDE_WORD_CHAR.test(sentence)) return mentionsByExpression(sentence, name);
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
  if (words.length === 0) return [];
  // the sentence's words, as [start, end) offsets
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < sentence.length; ) {
    if (!isAsciiWordChar(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < sentence.length && isAsciiWordChar(sentence.charCodeAt(i))) i++;
    starts.push(from);
    ends.push(i);
  }
  const found: number[] = [];
  for (let t = 0; t + words.length <= starts.length; ) {
    let k = 0;
    while (k < words.length && sentence.slice(starts[t + k], ends[t + k]).toLowerCase() === words[k]) k++;
    if (k === words.length) {
      found.push(starts[t]!);
      t += words.length;
    } else t++;
  }
  return found;
}

/**
 * elsewhereSpans of a sentence, read once for all the claims it holds (a third of the addresses'
 * claims that name someone share their sentence with another).
 */
function spansOf(sentence: string): readonly (readonly [number, number])[] {
  let spans = spansBySentence.get(sentence);
  if (spans === undefined) {
    // the sentences of one scan's claims that name someone: some thousands; a long-running process starts afresh
    if (spansBySentence.size >= 20_000) spansBySentence.clear();
    spansBySentence.set(sentence, (spans = elsewhereSpans(sentence)));
  }
  return spans;
}
const spansBySentence = new Map<string, readonly (readonly [number, number])[]>();

/**
 * The actors of a sentence that may stand for the occurrence of the claim at `at` (its offset in
 * the sentence; -1 unknown): all of them, unless the sentence has parts about another occurrence
 * and the claim stands outside them; then those named only inside such parts are left out (a
 * country by the country names the rest of the sentence gives; a name by its mentions). A name
 * whose mention cannot be found is kept.
 */
export function actorsOutsideElsewhere(sentence: string, at: number, actors: readonly string[]): readonly string[] {
  if (at < 0 || actors.length === 0) return actors;
  const spans = spansOf(sentence);
  const inside = (i: number): boolean => spans.some(([lo, hi]) => i >= lo && i < hi);
  if (spans.length === 0 || inside(at)) return actors;
  let rest = "";
  let from = 0;
  for (const [lo, hi] of spans) {
    rest += sentence.slice(from, lo) + " ".repeat(hi - lo);
    from = hi;
  }
  rest += sentence.slice(from);
  const countries = new Set(countriesIn(rest));
  return actors.filter((a) => {
    if (!a.startsWith("name:")) return a.startsWith("title:") || countries.has(a);
    const found = nameMentions(sentence, a.slice("name:".length));
    return found.length === 0 || found.some((i) => !inside(i));
  });
}
