/**
 * A player's or a team's statistic, however the report's verb carries it. Sport reports tell one
 * figure of a game with many verbs: "threw for 300 yards", "passed for 300 yards", "finished with
 * 300 passing yards", "had 300 yards passing", "racked up 300 yards through the air". None of those
 * verbs names a happening of its own: the figure is a count of a stat noun (yards, points,
 * rebounds, assists, touchdowns, interceptions, sacks, carries, catches, tackles), qualified by
 * what it was gained by (passing, rushing, receiving; "threw for" is passing, "ran for" and
 * "rushed for" rushing, "caught five passes for" receiving), held by someone (the name that
 * carries it, or the possessive before it: "Cole's 120 yards rushing"), over a span (the game it
 * is told of, a season, a career, an average per game, an earlier game).
 *
 * Such a claim is compared with the claims of its stat noun and qualifier (a topic of its own,
 * group/occurrence-topics.ts), as one kind of happening (group/predicate-classes.ts), and kept
 * apart from another holder's figure or another span's (group/participants.ts separates):
 *   must be one statistic: "Cole threw for 310 yards" and "Cole passed for 310 yards", "Ames
 *     finished with 24 points" and "Ames scored 24 points";
 *   must not: "Cole threw for 310 yards" and "Reyes threw for 250 yards" (two holders); "310
 *     passing yards" and "95 rushing yards" (two qualifiers); "has 1,480 yards this season" and
 *     "ran for 120 yards on Sunday" (a season against a game); a career's figure against a game's;
 *     "one week after he managed 12 yards" against the game's 140 (an earlier game).
 * Not a statistic: a figure written before its noun as a modifier ("an 80-yard run", "a 32 yard
 * return": one play's length), a measure of a thing ("30 yards of fabric"), a market's points
 * ("the index gained 40 points"), a count with no verb, qualifier or holder that carries it.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { recordNounBefore } from "../extract/frames/counted.js";
import { wordPlaces } from "./word-places.js";
import { recordFigure } from "./record-figures.js";
import { gamesSpan, ownPart } from "./multi-games.js";
import { wordTable } from "../values/word-table.js";
import { nameFits } from "./name-words.js";
import { describedSubject, subjectMayBeToldBack } from "../extract/pronoun-antecedent.js";
import { calendarWords, weekdayWords } from "../values/calendar-words.js";

/** The stat nouns as written after the figure, by the name they are compared under. */
const STAT_NOUNS = wordTable<string>({
  yards: "yard", yds: "yard", points: "point", pts: "point", rebounds: "rebound", boards: "rebound", assists: "assist",
  touchdowns: "touchdown", tds: "touchdown", interceptions: "interception", picks: "interception", sacks: "sack",
  carries: "carry", rushes: "carry", catches: "catch", receptions: "catch", tackles: "tackle",
});

/** Qualifiers written before the noun ("300 passing yards", "352 net rushing yards"), by the name they are compared under; "net" says nothing. */
const BEFORE_NOUN = wordTable<string>({
  passing: "passing", rushing: "rushing", receiving: "receiving", total: "total", offensive: "total", "all-purpose": "all-purpose",
  return: "return", penalty: "penalty", touchdown: "touchdown",
});
/** Qualifiers written after the noun ("300 yards passing", "101 yards on the ground", "507 yards of offense"). */
const AFTER_NOUN: readonly [RegExp, string][] = [
  [/^\s+passing\b/i, "passing"],
  [/^\s+rushing\b/i, "rushing"],
  [/^\s+receiving\b/i, "receiving"],
  [/^\s+on\s+the\s+ground\b/i, "rushing"],
  [/^\s+through\s+the\s+air\b/i, "passing"],
  [/^\s+(?:on|of)\s+(?:total\s+)?offense\b/i, "total"],
  [/^\s+(?:on|from)\s+(?:\w+\s+)?(?:carries|rushes|attempts\s+on\s+the\s+ground)\b/i, "rushing"],
  [/^\s+on\s+(?:\w+\s+)?(?:catches|receptions)\b/i, "receiving"],
];

/** The verb that carries a figure, right before it, and what it says of the qualifier (null: nothing). */
const CARRIERS: readonly [RegExp, string | null][] = [
  // "caught five passes for", "hauled in seven catches for" (before "passes for", which is a noun here)
  [/\b(?:caught|catches|catching|catch|hauled\s+in|pulled\s+in|grabbed)\s+(?:\w+\s+){1,3}(?:passes|balls|catches|receptions)\s+for\s+$/i, "receiving"],
  [/\b(?:\w+\s+)(?:catches|receptions)\s+for\s+$/i, "receiving"],
  // "threw for", "passed for", "throwing for", "completed 17 of 35 passes for", "17 / 35 for"
  [/\b(?:throw|throws|threw|thrown|throwing|passed|passing)\s+for\s+$/i, "passing"],
  [/\b(?:completed|completing|completes|hit|hitting)\s+(?:\w+\s+){1,4}(?:passes|throws|attempts)\s+for\s+$/i, "passing"],
  [/\b\d+\s*(?:\/|of|-for-)\s*\d+\s+(?:passing\s+)?for\s+$/i, "passing"],
  // "ran for", "rushed for", "scrambled for"
  [/\b(?:run|runs|ran|running|rush|rushes|rushed|rushing|scramble|scrambles|scrambled|scrambling)\s+for\s+(?:a\s+total\s+of\s+)?$/i, "rushing"],
  [/\b(?:carried|carries|carrying)\s+(?:the\s+ball\s+)?(?:\w+\s+){0,2}(?:times\s+)?for\s+$/i, "rushing"],
  // leading a side with a figure: "led the Owls with 22 points", "paced all scorers with 18" (not "led 14-7 with")
  [/\b(?:led|leads|lead|leading|paced|paces|pace|pacing|topped|tops|top|topping)\s+(?:the\s+|all\s+|his\s+|her\s+|their\s+)?(?:[A-Za-z][\w.'’-]*\s+){1,3}with\s+(?:a\s+(?:(?:career|season|game|team)-high\s+)?)?$/i, null],
  // light verbs: "had", "finished with", "racked up", "totaled", "added", "scored" … (past "a team-high", "a team-leading")
  [/\b(?:have|has|had|having|finish(?:es|ed|ing)?\s+(?:the\s+(?:game|day|night|afternoon)\s+)?with|end(?:s|ed|ing)?\s+(?:the\s+(?:game|day|night|afternoon)\s+)?with|rack(?:s|ed|ing)?\s+up|pil(?:e|es|ed|ing)\s+up|put(?:s|ting)?\s+up|amass(?:es|ed|ing)?|compil(?:e|es|ed|ing)|total(?:s|ed|led|ing|ling)?|tall(?:y|ies|ied|ying)|post(?:s|ed|ing)?|record(?:s|ed|ing)?|collect(?:s|ed|ing)?|add(?:s|ed|ing)?|chip(?:s|ped|ping)?\s+in|contribut(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|averag(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|gain(?:s|ed|ing)?|accumulat(?:e|es|ed|ing)|pour(?:s|ed|ing)?\s+in|scor(?:e|es|ed|ing)|went\s+for|goes\s+for|go\s+for|en\s+route\s+to|on\s+(?:the|his|her|their|its)\s+way\s+to)\s+(?:a\s+(?:total\s+of\s+|(?:career|season|game|team|league|club|school)-(?:high|best|leading)\s+)|an?\s+)?$/i, null],
];

/**
 * A list of a player's figures that one verb carries, continued by "and another" ("had 269 yards
 * and two touchdowns on 83 carries and another 201 yards on 29 catches", "caught six passes for
 * 80 yards and added another 40"): the figure after "and another" is carried by the list's verb.
 * Must match those. Must not match "and another" with no carried figure before it in its clause
 * ("the club lost one game and another 20 yards of turf", "another 40 yards away").
 */
const LIST_CONTINUED = /\b(?:have|has|had|finish(?:es|ed)?\s+with|total(?:s|ed|led)?|post(?:s|ed)?|record(?:s|ed)?|rush(?:es|ed)?\s+for|r[au]n\s+for|threw\s+for|caught)\s+(?:\w+\s+){0,2}\d[\d,]*\s+(?:yards|points|carries|catches|receptions|touchdowns|rebounds|assists)\b[^.;]*\band\s+(?:another|an?\s+additional|a\s+further)\s+$/i;

/**
 * A figure after "and" or a comma in a list of a player's figures that one verb carries: "finished
 * with 310 yards rushing and three touchdowns", "had 22 points, 11 rebounds and six assists", "ran
 * for 90 yards and a touchdown". The verb before the list's first figure carries each one after it.
 * Must match those. Must not match a figure after "and" with no carried stat figure before it in its
 * clause ("the club lost 12 games and three touchdowns were scored on it": no carrier), nor one after
 * another verb ("had 20 points and then sat out three games": a verb between).
 */
const LIST_AND = /\b(?:have|has|had|finish(?:es|ed)?\s+(?:the\s+(?:game|day|night|afternoon)\s+)?with|end(?:s|ed)?\s+(?:the\s+(?:game|day|night|afternoon)\s+)?with|total(?:s|ed|led)?|post(?:s|ed)?|record(?:s|ed)?|rush(?:es|ed)?\s+for|r[au]n\s+for|threw\s+for|passed\s+for|caught|scor(?:es|ed)|add(?:s|ed)|collect(?:s|ed)|amass(?:es|ed)|rack(?:s|ed)\s+up)\s+(?:[\w-]+\s+){0,2}?\d[\d,.]*\s+(?:(?:passing|rushing|receiving|total)\s+)?(?:yards|points|carries|catches|receptions|touchdowns|tds|rebounds|assists|sacks|tackles|interceptions|steals|blocks)(?:\s+(?:passing|rushing|receiving))?(?:\s+(?:in|on|over)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?:(?:,\s*|\s+and\s+)(?:an?\s+|\d[\d,.]*\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)(?:(?:passing|rushing|receiving|total)\s+)?(?:yards|points|carries|catches|receptions|touchdowns|tds|rebounds|assists|sacks|tackles|interceptions|steals|blocks)(?:\s+(?:passing|rushing|receiving))?(?:\s+(?:in|on|over)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

/**
 * A catching verb right before a count of passes: the passes one caught are one's catches ("caught
 * 29 passes", "hauled in a team-high nine balls"). Not "threw 29 passes", "completed 20 passes".
 */
const CAUGHT_PASSES = /\b(?:caught|catches|catching|catch|hauled\s+in|pulled\s+in|grabbed)\s+(?:(?:a|an)\s+(?:(?:career|season|game|team)-(?:high|best)\s+)?)?$/i;
/**
 * A count told after a figure and "on", in one line of a player's statistics: "201 yards on 29
 * catches", "70 yards rushing on nine carries", "12 points on 5-of-8 shooting" (not a noun of these).
 * Not "on 29 catches" after no figure ("he relied on 12 carries", "on the 30-yard line").
 */
const ON_COUNT = /\b\d[\d,]*\s+(?:(?:passing|rushing|receiving)\s+)?(?:yards|yds|points|pts)\s+(?:(?:passing|rushing|receiving)\s+)?on\s+(?:(?:just|only)\s+)?$/i;

/** Nouns a light verb carries only out of a market or a poll: a market "gained 40 points", "added 120 points". */
const MARKET_VERB = /\b(?:gain(?:s|ed|ing)?|add(?:s|ed|ing)?|manag(?:e|es|ed|ing))\s+$/i;

/** Spans a figure is told over, by the words of its clause. */
const CAREER = /\b(?:career|all-time|lifetime)\b/i;
const SEASON = /\b(?:season|seasons|campaign|single-season|(?:this|the)\s+year|on\s+the\s+year)\b/i;
/** Words that set a figure in one game: a game's noun, a day, an opponent. */
const GAME_MARK = new RegExp(String.raw`\b(?:game|win|loss|victory|defeat|contest|match|${weekdayWords()}|tonight|today|yesterday|against)\b`);
const AVERAGE = /\b(?:averag\w*|per\s+(?:game|contest|outing)|(?<!\b(?:in|of|for|from|on|during)\s)an?\s+(?:game|contest|outing))\b/i;
export const EARLIER = /\b(?:(?:last|previous|prior|preceding)\s+(?:week|game|outing|meeting|season|year|time)|(?:weeks?|days?|games?|years?)\s+(?:after|before|earlier|ago)|a\s+year\s+ago)\b/i;
/** A count of people as the subject of the carrying verb: "nine quarterbacks threw for", "two players rush for". */
const SEVERAL = /\b(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+(?:[\p{L}-]+\s+){0,2}(?!(?:carries|rushes|catches|receptions|passes|attempts|times|throws|completions)\b)\p{Ll}+s|(?:a|an|any|no)\s+\p{Ll}+(?=\s+\p{Ll}+ed\s))\s+\p{Ll}+\s+for\s+$/u;
/**
 * A part of a game: "in the first half", "in the first 7 minutes", "on the last drive", "in overtime", "first-half",
 * "at the half" (the first half's);
 * a run of play, told by its score or as scoring: "during a 12-0 run", "in a late scoring burst", "amid the
 * decisive spurt" (not a play: "turned in a long run and ran for 95 yards").
 */
const PART = /\b(?:(?:first|second|third|fourth|final|last|opening|closing)[\s-]+(?:[\w½¼¾]+\s+){0,2}(?:half|halves|quarter|quarters|period|periods|inning|innings|set|minutes?|drive|possession|series)|(?:first|second|third|fourth)[\s-]+(?:down|and)|overtime|extra\s+time|(?:during|in|amid)\s+(?:a|an|the|that|this|one)\s+(?:[\w-]+\s+){0,2}?(?:\d+-\d+\s+(?:[\w-]+\s+)?run|scoring\s+run|spurt|burst|flurry)|at\s+(?:the\s+)?(?:half|halftime|half-time|intermission|break))\b/i;
/**
 * More than one game's figure of its noun ever is (a whole team's, in any sport): a figure beyond it
 * is a total to date, however its verb tells it ("ended the game with 2,100 points").
 */
const GAME_MOST = wordTable<number>({
  yard: 1000, point: 200, rebound: 100, assist: 60, touchdown: 15, interception: 12, sack: 20, carry: 80, catch: 40, tackle: 150,
});
/** Present-tense holding ("has 1,480 yards", "leads the league with"): a running total, not one game's figure. */
const RUNNING = /\b(?:has|have|leads|lead)\s+(?:the\s+\w+\s+with\s+)?$/i;

export interface StatLine {
  /** The stat noun as compared: "yard", "point". */
  noun: string;
  /** What it was gained by: "passing", "rushing", "receiving", "total" …; null when nothing says. */
  qualifier: string | null;
  /**
   * The span it is told over: "game", "part …" (of a game, with the part's words: "part first half"), "season", "career", "average", "to date"
   * (a running total), with "earlier " before an earlier one's and " each" after a figure each of
   * several reached.
   */
  span: string;
  /** The holder's name as written ("Andrew Luck", "Charles"); null when none is read. */
  holder: string | null;
}


/** The statistic a claim states, or null when it states none (see the header). */
export const statOf: (c: Claim) => StatLine | null = oncePerClaim(readStat);

/** The stat topic's name: "passing yard", "point". */
export function statName(s: StatLine): string {
  return s.qualifier === null ? s.noun : `${s.qualifier} ${s.noun}`;
}

/**
 * Where a claim's text stands in its sentence: the one place it stands as a word, or, where it
 * stands in several ("a 13-play drive … put them up 20-13"), the one place `after` fits what
 * follows; else -1.
 */
export function placeWhere(sentence: string, text: string, after: RegExp): number {
  const all = wordPlaces(sentence, text);
  if (all.length === 1) return all[0]!;
  const fitting = all.filter((at) => after.test(sentence.slice(at + text.length)));
  return fitting.length === 1 ? fitting[0]! : -1;
}

/** A stat noun right after a figure, past its qualifiers ("352 net rushing yards"). */
const NOUN_AFTER = /^\s+(?:(?:net|total|combined|passing|rushing|receiving|offensive|all-purpose|return|penalty|touchdown)\s+){0,2}(?:yards|yds|points|pts|rebounds|boards|assists|touchdowns|tds|interceptions|picks|sacks|carries|rushes|catches|receptions|tackles)\b/i;

/** The stretch of the clause before a position: back to a comma, semicolon, colon, bracket or relative word. */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  let cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("("));
  for (const m of before.matchAll(/\b(?:who|which|whose)\b/gi)) cut = Math.max(cut, m.index + m[0].length - 1);
  return before.slice(cut + 1);
}

function readStat(c: Claim): StatLine | null {
  // (a claim a rule took counts what its rule says: only claims read through their frames alone are read here)
  if (!c.rule.startsWith("frame:")) return null;
  if (c.value.type !== "quantity" || !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/i.test(c.text)) return null;
  const total = runningTotal(c) ?? recordTotal(c) ?? heldRecord(c);
  if (total !== null) return total;
  const at = placeWhere(c.sentence, c.text, NOUN_AFTER);
  if (at < 0) return null;
  const after = c.sentence.slice(at + c.text.length);
  // the noun right after the figure, plural, past qualifiers written before it ("352 net rushing yards")
  const m = /^\s+((?:(?:net|total|combined|passing|rushing|receiving|offensive|all-purpose|return|penalty|touchdown)\s+){0,2})([A-Za-z]+)\b/.exec(after);
  const before = c.sentence.slice(0, at);
  const caught = m !== null && CAUGHT_PASSES.test(before) && /^(?:passes|balls)$/i.test(m[2]!);
  const named = m ? (STAT_NOUNS[m[2]!.toLowerCase()] ?? (caught ? "catch" : undefined)) : undefined;
  // "… scored 14 points and Ames scored 13 for the Owls": the noun left out after the figure (elidedNoun)
  const elided = named === undefined ? elidedNoun(c, before, after) : null;
  const noun = named ?? elided;
  if (noun === undefined || noun === null) return null;
  const rest = elided === null ? after.slice(m![0].length) : after;
  // "13 points from Seth Ames": the name after "from" holds the figure (heldFrom)
  const from = elided === null ? heldFrom(noun, rest) : null;
  // "30 yards of fabric", "10 yards away": a measure, not a statistic ("yards of offense" is one)
  if (from === null && /^\s+(?:of\s+(?!(?:total\s+)?offense\b)|away\b|from\b|behind\b|ahead\b|long\b|wide\b|deep\b)/i.test(rest)) return null;
  const clause = clauseBefore(c.sentence, at);
  let qualifier: string | null = null;
  for (const w of (elided === null ? m![1]! : "").trim().split(/\s+/)) if (BEFORE_NOUN[w.toLowerCase()]) qualifier = BEFORE_NOUN[w.toLowerCase()]!;
  if (qualifier === null) for (const [re, q] of AFTER_NOUN) if (re.test(rest)) qualifier = q;
  let carried = from !== null;
  for (const [re, q] of CARRIERS) {
    if (!re.test(before)) continue;
    // (a left-out noun's figure is a market's only where the figure that names it is: elidedNoun)
    if (q === null && noun === "point" && elided === null && MARKET_VERB.test(before)) return null;
    carried = true;
    if (qualifier === null) qualifier = q;
    break;
  }
  if (!carried && LIST_CONTINUED.test(clause)) carried = true;
  // "finished with 410 yards rushing and four touchdowns": a figure listed after one a verb carries
  // is carried by it, and has the list's holder and span (those of its first figure)
  const listed = carried ? null : listHead(c.sentence, before);
  if (listed !== null) carried = true;
  // "caught six passes", "201 yards on 29 catches": carried by the catching verb, by the figure before "on"
  if (caught || (named !== undefined && ON_COUNT.test(before))) carried = true;
  // "most passing yards in a season with 4,051 yards": the clause named the qualifier of this noun already
  if (qualifier === null && elided === null) {
    const plural = m![2]!.toLowerCase();
    const told = new RegExp(`\\b(passing|rushing|receiving)\\s+${plural}\\b`, "i").exec(clause);
    if (told) qualifier = told[1]!.toLowerCase();
  }
  const holder = from ?? (listed === null ? holderOf(c.sentence, at) ?? pronounHolder(c, at) : holderOf(c.sentence, listed.at) ?? pronounHolder(c, listed.at));
  // a figure whose noun is left out is a statistic only where a verb carries it
  if (elided !== null && !carried) return null;
  // a bare "with 300 yards", "behind Cole's 120 yards": carried only by a qualifier or a holder's possessive
  if (!carried && qualifier === null) return null;
  if (!carried && holder === null && !/\bwith\s+$/i.test(before)) return null;
  const value = c.value.max ?? c.value.min ?? 0;
  // (a listed figure's own words may name its span, "… and four touchdowns this season"; else its list's first figure's do)
  const own = spanOf(clause, rest, before, c.claimFrame?.time.reportedAt ?? null, noun, value);
  const headSpan = (words: string): string => spanOf(clauseBefore(c.sentence, listed!.at), words, c.sentence.slice(0, listed!.at), c.claimFrame?.time.reportedAt ?? null, noun, value);
  const span = listed === null ? own : headSpan(rest) !== "game" ? headSpan(rest) : headSpan(listed.rest);
  return { noun, qualifier, span, holder };
}

/**
 * Where the list a figure is listed in opens (LIST_AND): the place of its first figure, and the words
 * after that figure's noun; null when `before` ends in no such list.
 */
function listHead(sentence: string, before: string): { at: number; rest: string } | null {
  const m = LIST_AND.exec(before);
  if (m === null) return null;
  const at = m.index + m[0].search(/\d/);
  const after = sentence.slice(at).replace(/^[\d,.]+/, "");
  const noun = NOUN_AFTER.exec(after);
  return noun === null ? null : { at, rest: after.slice(noun[0].length) };
}

/** What may follow a figure whose stat noun is left out: the end of its clause or a word that opens no noun ("scored 13 for the Owls"; not "went 12 for 20"). */
const ELIDED_AFTER = /^\s*(?:[.,;:!?)]|$|\s+(?:for(?!\s+\d)|and|in|on|as|while|against|off|to|of\s+(?:his|her|their)\s+own)\b)/i;

/**
 * The stat noun left out after a figure, named after an earlier figure of its sentence: "Ames scored
 * 14 points and Reyes scored 13 for the Owls", "Cole led the side with 13 points, while Dunn added 12"
 * (both points). The frame counts that noun (extract/frames/elided-noun.ts); the sentence must write
 * it in the plural after a figure before this one. Must not read "Reyes scored 13 for the Owls" alone
 * (no noun told), nor "went 12 for 20" (a shooting line).
 */
function elidedNoun(c: Claim, before: string, after: string): string | null {
  if (!ELIDED_AFTER.test(after)) return null;
  const noun = COUNTED_STAT[c.claimFrame?.counted ?? ""];
  if (noun === undefined) return null;
  const plural = Object.entries(STAT_NOUNS).filter(([, n]) => n === noun).map(([w]) => w).join("|");
  const told = new RegExp(`\\b\\d[\\d,]*\\s+(?:(?:passing|rushing|receiving|total)\\s+)?(?:${plural})\\b`, "i").exec(before);
  // "the index gained 40 points and the other added 12": a market's, as the figure that names the noun is
  if (told === null || (noun === "point" && MARKET_VERB.test(before.slice(0, told.index)))) return null;
  return noun;
}

/** A name right after "from" that holds the figure before it: "13 points from Seth Ames" (not "from the line", "from Tuesday"). */
const FROM_NAME = new RegExp(String.raw`^\s+from\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)`, "u");
/** A day or month in full, or cut short with its period ("from Thurs.", "from Sept. 3"; "from Sun Lee" is a name). */
const DAY_OR_MONTH = new RegExp(String.raw`^(?:(?:${calendarWords()})\b|(?:${calendarWords({ forms: "short" })})\.)`);

/**
 * The holder named after "from" ("paced by 13 points from Seth Ames", "got 20 points from Ames off
 * the bench"), for a stat noun other than yards (yards "from" somewhere are a distance: "12 yards
 * from the goal line"); null otherwise.
 */
function heldFrom(noun: string, rest: string): string | null {
  if (noun === "yard") return null;
  const m = FROM_NAME.exec(rest);
  if (!m || DAY_OR_MONTH.test(m[1]!)) return null;
  // (a full stop after the name ends the sentence: "from Lena Ortiz.")
  return nameOf(m[1]!.replace(/\.$/, ""));
}

/** A running total raised to the figure: "bringing his season total to 43", "swelling her career yardage to 9,100". */
const RAISED_TO = /\b(?:bring|brings|bringing|brought|swell|swells|swelling|swelled|raise|raises|raising|raised|push|pushes|pushing|pushed|lift|lifts|lifting|lifted|increase|increases|increasing|increased|up|ups|upping|upped)\s+(?:his|her|their|its)\s+(season|career|year's|seasonal)?\s*(total|tally|yardage|count|haul|mark)\s+(?:to|at)\s+$/i;
/** The stat nouns a frame may give as what a running total counts. */
const COUNTED_STAT = wordTable<string>({
  yard: "yard", point: "point", rebound: "rebound", assist: "assist", touchdown: "touchdown", interception: "interception",
  sack: "sack", carry: "carry", catch: "catch", reception: "catch", tackle: "tackle",
});

/**
 * A running total the sentence raises to the figure, told with no noun after it: its noun is the
 * total's ("yardage") or what the frame counts ("bringing his season total to 43" after "had three
 * catches"), its qualifier that of the sentence's statistic of that noun before it ("throwing for
 * 205 yards …, swelling his season yardage to 4,183": passing), its span the total's (a season, a
 * career, else to date), its holder the sentence's opener.
 */
function runningTotal(c: Claim): StatLine | null {
  const at = placeWhere(c.sentence, c.text, /^\s*(?:[.,;:!?)]|$|\s+(?:and|in|on|with|for|after|while|as|but)\b)/);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  const m = RAISED_TO.exec(before);
  if (!m) return null;
  const noun = m[2]!.toLowerCase() === "yardage" ? "yard" : COUNTED_STAT[c.claimFrame?.counted ?? ""];
  if (noun === undefined) return null;
  // the sentence's own statistic of that noun, before the total: its qualifier is the total's
  let qualifier: string | null = null;
  const plural = Object.entries(STAT_NOUNS).filter(([, n]) => n === noun).map(([w]) => w).join("|");
  for (const f of before.slice(0, m.index).matchAll(new RegExp(`\\b\\d[\\d,]*\\s+(?:(passing|rushing|receiving)\\s+)?(?:${plural})\\b`, "gi"))) {
    if (f[1]) qualifier = f[1].toLowerCase();
    else for (const [re, q] of CARRIERS) if (re.test(before.slice(0, f.index))) qualifier = q ?? qualifier;
  }
  const span = m[1] === undefined ? "to date" : /career/i.test(m[1]) ? "career" : "season";
  const opener = OPENING.exec(before);
  return { noun, qualifier, span, holder: opener ? nameOf(opener[1]!) : null };
}

/**
 * A total a record or a lead is set with, its noun named before it (extract/frames/counted.ts
 * recordNounBefore): "set a club rookie record for receptions by a tight end with 43" (catches over
 * a season), "led the league in sacks with 15". Its span: a career's or a season's when its
 * sentence says so (a rookie's record is of his first season), else to date; its holder the
 * sentence's, as for any statistic.
 */
function recordTotal(c: Claim): StatLine | null {
  const at = placeWhere(c.sentence, c.text, /^\s*(?:[.,;:!?)]|$)/);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  const noun = COUNTED_STAT[c.claimFrame?.counted ?? ""];
  if (noun === undefined || recordNounBefore(before) === null) return null;
  const span = CAREER.test(before) ? "career" : SEASON.test(before) || /\brookie\s+(?:record|year|season|mark)\b/i.test(before) ? "season" : "to date";
  return { noun, qualifier: null, span, holder: holderOf(c.sentence, at) };
}

/** The figure of a record someone holds ("Lutz's scoring record of 1,904", "passed Reyes (1,880)"): record-figures.ts. */
export function heldRecordOf(c: Claim): StatLine | null {
  if (!c.rule.startsWith("frame:") || c.value.type !== "quantity") return null;
  return heldRecord(c);
}

function heldRecord(c: Claim): StatLine | null {
  const at = placeWhere(c.sentence, c.text, /^/);
  if (at < 0) return null;
  return recordFigure(c.sentence.slice(0, at), c.sentence.slice(at + c.text.length), c.sentence);
}

/** The span a figure is told over, by its clause before it and the few words after its noun. */
function spanOf(clause: string, rest: string, before: string, reportedAt: string | null, noun: string, value: number): string {
  // the words after the noun, up to a comma or a new verb phrase ("to break the single-season record" is another clause)
  const tail = rest.split(/[,;:.()]|\b(?:to|and|while|as|but|which|who|when|after|before|until|because|breaking|giving|including)\b/i)[0] ?? "";
  // "a career-high 14 points", "a season-best 30": one game's figure, the best of a span
  const words = `${clause} ${tail}`.replace(/\b(?:career|season|game|team|school)[\s-](?:high|best|low)\b/gi, "");
  const earlier = EARLIER.test(words) || yearBefore(clause, reportedAt) ? "earlier " : "";
  // a figure each of several reached ("nine quarterbacks threw for 300 yards or more", "two players ran for 100 yards apiece")
  const each = SEVERAL.test(clause) || /^\s+(?:apiece|each)\b/i.test(tail) ? " each" : "";
  if (CAREER.test(words)) return `${earlier}career${each}`;
  // (the clause read without its "career-high", "game-high": "posted a game-high eight rebounds" is no average)
  if (AVERAGE.test(ownPart(clause.replace(HIGH_MARK, ""), words, tail))) return `${earlier}average${each}`;
  if (SEASON.test(words)) return `${earlier}season${each}`;
  // more than any game's figure: a total to date ("to score 1,000 points when he hit a three in the second half")
  if (GAME_MOST[noun] !== undefined && value > GAME_MOST[noun]!) return `${earlier}to date${each}`;
  // "rushed for 716 yards in 12 games": a total over many games (within a season's reach), a season's (multi-games.ts); an
  // earlier one's when the sentence opens on it ("Last season he posted 793 yards in 14 games")
  const games = gamesSpan(tail);
  if (games !== null) return `${earlier || (EARLIER.test(before) ? "earlier " : "")}${games}${each}`;
  const part = PART.exec(words);
  if (part) return `${earlier}${partSpan(part[0])}${each}`;
  // a span an earlier clause of the sentence sets, where the figure's own clause names no game
  // ("played in ten games this year, rushing for 404 yards"; not "ran for 120 yards on Sunday, a season best")
  // (a relative clause about the subject set off by commas tells no span of the figure: "Ames, whose role grew over the season, had 14 points")
  const opening = before.slice(0, before.length - clause.length).replace(HIGH_MARK, "").replace(SUBJECT_ASIDE, ",");
  if (!GAME_MARK.test(words) && !EARLIER.test(opening)) {
    if (CAREER.test(opening)) return `${earlier}career${each}`;
    // (a game named after the season, nearer the figure, sets it: "… this season, but on Sunday, when he had 70 yards")
    if (SEASON.test(opening) && !gameNamedLater(opening)) return `${earlier}season${each}`;
    // an opening phrase of a part of the game: "On third down, Ostrow ran for 9 yards"
    const opened = PART.exec(opening);
    if (opened) return `${earlier}${partSpan(opened[0])}${each}`;
  }
  // "now has 2,100 points", "ended the game with 2,100 points": a running total, not one game's figure
  if (RUNNING.test(before)) return `${earlier}to date${each}`;
  return `${earlier}game${each}`;
}

/** "career-high", "a season best": a figure's mark against a span, not its span. */
const HIGH_MARK = /\b(?:career|season|game|team|school)[\s-](?:high|best|low)\b/gi;
/** A relative clause about a name set off by commas: ", who had been hurt,", ", whose role grew over the season,". */
const SUBJECT_ASIDE = /,\s+(?:who|whose)\s[^,;]*,/g;

/** Whether the last word of a game in `words` ("on Sunday", "against the Owls") comes after its last word of a season. */
function gameNamedLater(words: string): boolean {
  const last = (re: RegExp): number => Math.max(-1, ...[...words.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))].map((m) => m.index));
  return last(GAME_MARK) > last(SEASON);
}

/**
 * The span of a part of a game, named by its words ("part first half"): figures of two parts ("in the
 * first 7 minutes", "during a 15-2 run") are two figures, however they differ. "first-half" is "first half".
 */
function partSpan(words: string): string {
  // "led 33-26 at the half, paced by 13 points": the first half's figure
  if (/^at\s+(?:the\s+)?(?:half|halftime|half-time|intermission|break)$/i.test(words)) return "part first half";
  return `part ${words.toLowerCase().replace(/^(?:during|in|amid|on)\s+(?:a|an|the|that|this|one)\s+/, "").replace(/[\s-]+/g, " ")}`;
}

/** Verbs of conceding right before a figure (past an article and a bound): what the other side gained. */
const CONCEDED = /\b(?:gave\s+up|give\s+up|gives\s+up|giving\s+up|allow(?:s|ed|ing)?|surrender(?:s|ed|ing)?|yield(?:s|ed|ing)?|concede(?:s|d)?|conceding)\s+(?:(?:a\s+total\s+of|just|only|over|more\s+than|nearly|almost|about|some)\s+)?$/i;

/**
 * A year its clause names before the year of the report: a figure of another season's team or
 * game ("the 1961 Hawks rushed for 398 yards", "the ’66 side gained 380 yards"), in a report of 2012.
 * Not the report's own year ("the 2012 Hawks"); nothing when the report's day is unknown.
 */
function yearBefore(clause: string, reportedAt: string | null): boolean {
  if (reportedAt === null) return false;
  const year = Number(reportedAt.slice(0, 4));
  for (const m of clause.matchAll(/(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,])|['’]\s?(\d\d)\b/g)) {
    const y = m[1] !== undefined ? Number(m[1]) : 1900 + Number(m[2]) + (1900 + Number(m[2]) + 100 <= year ? 100 : 0);
    if (y < year) return true;
  }
  return false;
}

/** A run of capitalized words: a name as written ("Andrew Luck", "T.Y. Hilton", "the 1961 Hawks"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\d{4}))*`;
const POSSESSIVE = new RegExp(String.raw`(${NAME})\s*(?:'s|’s|'|’)\s+(?:[\p{Ll}-]+\s+){0,3}$`, "u");
/** A name that opens a clause, past a conjunction and "the" ("and the Hawks gained", "But Cole then threw"), before a word in lower case. */
const OPENING = new RegExp(String.raw`^\s*(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Mm]eanwhile|[Ww]hile)\s+)?(?:the\s+)?(${NAME})\s+(?:also\s+|then\s+|again\s+)?\p{Ll}`, "u");
/** A name that opens the sentence with a relative clause set off after it: "Ames, who had been hurt, ran …". */
const OPENING_ASIDE = new RegExp(String.raw`^\s*(?:the\s+)?(${NAME}),\s+(?:who|whose)\s[^,;]*,\s+(?:also\s+|then\s+)?\p{Ll}`, "u");
/** "and" or "but" before a preposition joins two phrases of one clause ("through tackles and over linebackers"), not two clauses. */
const AND_PHRASE = /^(?:and|but)\s+(?:over|through|into|past|around|under|across|by|with|in|on|at|from|to|off|after|before|between|behind|beyond|toward|towards)\b/i;

/** The last part of a clause that may have its own subject: after its last "and", "but" or "while" that joins clauses. */
function lastPart(clause: string): string {
  const parts = clause.split(/\b(?=(?:and|but|while)\s)/i);
  let k = parts.length - 1;
  while (k > 0 && AND_PHRASE.test(parts[k]!)) k--;
  return parts.slice(k).join("");
}

/** The name a relative clause is said of: "Reyes, who was 10 of 22 for 162 yards", "the Hawks (2-9), who had". */
const RELATIVE = new RegExp(String.raw`(${NAME})\s*(?:\([^)]*\)\s*)?,\s+who\s+[^,;]*$`, "u");
/** A clause of "and" whose verb shares the sentence's subject: "and took it back", "and ran for" (not "and the Hawks", "and he"). */
const SHARED_VERB = /^\s*(?:and|but|then)\s+(?!(?:the|a|an|his|her|their|its|he|she|they|it|we|i|you|that|this|there|who|which|with|in|on|at|for|to|of|by|from|after|before|so|as)\b)\p{Ll}+\b/u;
/** A cleft that puts a name first: "it was Ames who led the club", "it is Ames that …". */
const CLEFT = new RegExp(String.raw`\b[Ii]t\s+(?:was|is|’s|'s)\s+(${NAME})\s+(?:that|who)\s`, "u");
/** Words that open a sentence or a clause with a capital and name no one. */
const NO_NAME = /^(?:The|A|An|Last|Next|Earlier|Later|And|But|So|Then|Also|Now|Yet|Even|Just|Only|Put|Meanwhile|His|Her|Their|Its|He|She|They|It|This|That|In|On|At|With|After|Before|When|Despite|For|Of|By|As|If|While|Still|Once|Both|Each|All|Though|Although|Because|Since|Until|Over|Under|Through|From|To|Against|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;

/** A name run as a holder: its opening words that name no one dropped ("The 1961 Hawks" → "1961 hawks"); null when nothing is left. */
function nameOf(run: string): string | null {
  const words = run.replace(/(?:['’]s?)$/u, "").split(/\s+/);
  while (words.length > 0 && NO_NAME.test(words[0]!)) words.shift();
  // a participle that opens a sentence ("Added to that …", "Looking back …") names no one
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(words[0]!)) return null;
  return words.length > 0 && /\p{Lu}/u.test(words.join(" ")) ? words.join(" ") : null;
}

/**
 * Who holds a figure: the possessive right before it ("Cole's 120 yards rushing", "Reyes' record of
 * 4,000 yards"), else the name that opens its clause ("Andrew Luck threw for 205 yards", "and Ames
 * ran for 90"), the name a relative clause is said of ("Reyes, who was 10 of 22 for 162 yards"), or,
 * for a clause that opens with a verb (a participle, a verb shared with "and"), the name that opens
 * the sentence ("Cole set a record, throwing for 310 yards"). As written; null when none ("he").
 */
export function holderOf(sentence: string, at: number): string | null {
  const before = sentence.slice(0, at);
  const clause = clauseBefore(sentence, at);
  // "the Hawks gave up 507 total yards", "allowed 31 points": the figure is the other side's
  if (CONCEDED.test(before)) return null;
  const own = POSSESSIVE.exec(clause);
  if (own && nameOf(own[1]!) !== null) return nameOf(own[1]!);
  // the last "and", "but" or "while" of the clause opens the part that holds the figure ("Charles ran for 226 yards and Hillis ran for 101")
  const last = lastPart(clause);
  const opens = OPENING.exec(last);
  if (opens && nameOf(opens[1]!) !== null) return nameOf(opens[1]!);
  const relative = RELATIVE.exec(before);
  if (relative && nameOf(relative[1]!) !== null) return nameOf(relative[1]!);
  // "Ames, whose role has grown, had 14 points": the clause is the main verb of the name the aside is about
  const aside = OPENING_ASIDE.exec(before);
  if (aside && before.lastIndexOf(",") < aside[0].length && nameOf(aside[1]!) !== null) return nameOf(aside[1]!);
  // a clause with no subject of its own: "…, throwing for 205 yards", "… and rushed for 226 yards"
  if (/^\s*(?:(?:and|but|then)\s+)?\p{Ll}+(?:ing|ed)\b/u.test(last) || SHARED_VERB.test(last)) {
    const first = OPENING.exec(before) ?? OPENING_ASIDE.exec(before);
    if (first && nameOf(first[1]!) !== null) return nameOf(first[1]!);
    // "Last season it was Ames who led the club, posting 793 yards": the name a cleft puts first
    const cleft = CLEFT.exec(before);
    if (cleft && nameOf(cleft[1]!) !== null) return nameOf(cleft[1]!);
  }
  return null;
}

/** A part of a clause whose subject is "he" or "she", past a joining word: "and he ran for", "when she had". */
const PRONOUN_PART = /^\s*(?:(?:and|but|then|so|when|as|after|before|while|until|once)\s+)?(?:he|she)\s+\p{Ll}/iu;

/**
 * The holder of a figure told in a sentence that opens with "he" or "she" (extract/pronoun-antecedent.ts
 * gives the name the sentences before tell, as the frame's subjectToldBack): taken where the
 * figure's part of its clause is the pronoun's — it opens with the pronoun ("He had 793 yards", "and
 * he caught …"), or with a verb the sentence's subject shares ("He ran for 90 yards and caught six
 * passes for 40 yards", "…, adding 40 yards"). Null where the clause names someone else ("He had 20
 * points while his teammate had 10", "He ran for 90 yards and Cole threw for 200": holderOf reads
 * Cole), where a possessive holds the figure, or where the sentence does not open with the pronoun.
 */
function pronounHolder(c: Claim, at: number): string | null {
  if (!subjectMayBeToldBack(c.sentence)) return null;
  const told = c.claimFrame?.subjectToldBack;
  if (told === undefined) return null;
  // "The young rookie ran for …": the player told by a role is read as the pronoun would be
  const described = describedSubject(c.sentence);
  const sentence = described === null ? c.sentence : `${c.sentence.slice(0, described[0])}he${c.sentence.slice(described[1])}`;
  if (described !== null) at += 2 - (described[1] - described[0]);
  const clause = clauseBefore(sentence, at);
  if (CONCEDED.test(sentence.slice(0, at)) || /['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(clause)) return null;
  const last = lastPart(clause);
  const shared = /^\s*(?:(?:and|but|then)\s+)?\p{Ll}+(?:ing|ed)\b/u.test(last) || SHARED_VERB.test(last);
  // (a clause of its own with another subject: "while his teammate had 10", "and the Owls gained 300")
  if (!PRONOUN_PART.test(last) && !shared) return null;
  // (a subject of its own earlier in the clause: "…, but Cole threw for 200 and added 40")
  if (/(?:^|\b(?:and|but|while|as|when)\s+)(?:the\s+)?(?!(?:He|She)\b)\p{Lu}\p{Ll}/u.test(clause.trim().replace(/^(?:And|But|Yet|Then|So|Still|Now)\s+/, ""))) return null;
  return told;
}

const INITIALISM = /^\p{Lu}{2,4}$/u;

/** Whether two holders may be one: a word of one name in the other ("andrew luck" and "luck"). */
function oneHolder(a: string, b: string): boolean {
  // an initialism ("KC", "LSU") stands for a name whose words it does not share: it parts no one
  if (INITIALISM.test(a) || INITIALISM.test(b)) return true;
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  // two full names are one only when one's words are all the other's: "Ada Lind" and "Ivo Lind" are two people
  // who share a surname, "Kell Rovers" and "Kell Town" two clubs; "Ada Lind" and "Lind" may be one
  if (wa.length > 1 && wb.length > 1) return nameFits(wa, wb);
  return wa.some((w) => wb.includes(w));
}

/**
 * Whether two claims state statistics that are not one: two holders the text names apart, or two
 * spans (a season against a game, a career against a season, an earlier game against this one),
 * or two qualifiers. Claims of which one states no statistic are not parted by it.
 */
export function statsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [statOf(a), statOf(b)];
  if (x === null || y === null) return false;
  if (x.span !== y.span || x.noun !== y.noun) return true;
  if (x.qualifier !== null && y.qualifier !== null && x.qualifier !== y.qualifier) return true;
  // earlier games are many: two figures of them are one only when one holder is named on both sides
  if (x.span.startsWith("earlier") && (x.holder === null || y.holder === null) && !sameNumber(a, b)) return true;
  // a player plays many games: two figures of a game in reports of unknown days, or days more than one apart, may be two games'
  if ((x.span === "game" || x.span.startsWith("part")) && !sameNumber(a, b) && !reportedWithinADay(a, b)) return true;
  return x.holder !== null && y.holder !== null && !oneHolder(x.holder, y.holder);
}

/** Whether two claims' reports are of known days at most one day apart (a game and the next day's reports of it). */
function reportedWithinADay(a: Claim, b: Claim): boolean {
  const [da, db] = [a.claimFrame?.time.reportedAt ?? null, b.claimFrame?.time.reportedAt ?? null];
  return da !== null && db !== null && Math.abs(Date.parse(da) - Date.parse(db)) <= 86_400_000;
}

function sameNumber(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  return va.type === "quantity" && vb.type === "quantity" && va.min === vb.min && va.max === vb.max;
}

/**
 * Whether two claims state one holder's statistic: both read as statistics (statOf) with a holder
 * named on each side, the holders one (oneHolder) and nothing else parting them (statsApart).
 * Must: "Dunn added 12" after "13 points" and "Ray Dunn had 12 points". Must not: a side without a
 * holder ("he had 12 points"), "Dunn had 12 points" and "Cole had 12 points".
 */
export function statsOfOneHolder(a: Claim, b: Claim): boolean {
  const [x, y] = [statOf(a), statOf(b)];
  return x !== null && y !== null && x.holder !== null && y.holder !== null && !statsApart(a, b);
}

/** A figure's own average in its sentence: "averaged 4.4 yards a rush", "averaging 21 points per game". */
const AVERAGE_OF_ANOTHER = /\baverag\w*\s+[\d.,]+\s+[\p{L}-]+\s+(?:a|an|per)\s+[\p{L}-]+/giu;

/** Words that set a figure in one stretch of play or time: a game's, a part's, an earlier one's, a span's. */
const SPAN_TOLD = new RegExp(`${GAME_MARK.source}|${PART.source}|${EARLIER.source}|${CAREER.source}|${SEASON.source}|${AVERAGE.source}|\\b(?:week|weeks|night|afternoon|games|starts)\\b`, "i");

/**
 * Whether two claims tell one holder's figure, the same value, where one sentence says over what span
 * it was gained (a season, an earlier season, a total to date) and the other says nothing of its span (read as a game's
 * only because nothing else is said): "He finished with 269 yards and caught 29 passes for 201 yards"
 * after a sentence about Ames, and "Ames had another 201 yards on 29 catches this season". For
 * agreements only (same-figure.ts asks for one value first): two figures of one holder over two
 * spans are never set against each other by it. Both holders named (or told back from "he" or "she":
 * pronounHolder) and one; one noun; no two qualifiers; a figure of two digits at least (a holder's
 * "two touchdowns" of a game and of a season are often two). Must: the sentences above. Must not:
 * "Ames ran for 120 yards on Sunday" and "Ames has 120 yards this season" (a game is named); a figure
 * of an earlier season or a career; "Ames had 201 yards" and "Cole had 201 yards this season"
 * (two holders); "Ames had 8 catches" and "Ames had 8 catches this season" (one digit).
 */
export function oneHoldersFigureOverSpans(a: Claim, b: Claim): boolean {
  const [x, y] = [statOf(a), statOf(b)];
  if (x === null || y === null || x.holder === null || y.holder === null || !oneHolder(x.holder, y.holder)) return false;
  if (x.noun !== y.noun || (x.qualifier !== null && y.qualifier !== null && x.qualifier !== y.qualifier)) return false;
  if (!sameNumber(a, b) || a.value.type !== "quantity" || (a.value.min ?? 0) < 10) return false;
  // (another figure's own average, "averaged 4.4 yards a rush", says nothing of this one's span)
  const open = (s: StatLine, c: Claim): boolean => s.span === "game" && !SPAN_TOLD.test(c.sentence.replace(AVERAGE_OF_ANOTHER, ""));
  const total = (s: StatLine): boolean => s.span === "season" || s.span === "to date" || s.span === "earlier season";
  return (open(x, a) && total(y)) || (open(y, b) && total(x));
}

