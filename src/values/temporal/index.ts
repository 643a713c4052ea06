/**
 * The temporal half of the value layer: every date, range, time, duration and recurrence in a
 * text, with its interval and TIMEX3 attributes.
 *
 * How it runs (fast on long texts): one global regex finds anchor tokens — digits, month and
 * weekday names, and the few words a temporal expression can start with ("late", "from",
 * "last", "every" …). At each anchor the grammar rules run as sticky regexes; the longest
 * expression wins and scanning resumes after it. No regex is tried at every position.
 */
import type { Mention, MentionOptions } from "../../types.js";
import { parseIso } from "./calendar.js";
import { parseClock } from "./grammar/clock.js";
import { parseDate } from "./grammar/date.js";
import { parseDuration, parseSet } from "./grammar/duration.js";
import { type GrammarContext, type Hit, before } from "./grammar/hit.js";
import { parseRange } from "./grammar/range.js";
import { parseRelative } from "./grammar/relative.js";
import { MONTH_ABBR, MONTH_FULL, WEEKDAY } from "./lexicon.js";
import { toMention } from "./mention.js";

const ANCHOR_WORDS = [
  "the|early|mid|late|from|between|around|about|circa|c|ca|approximately|roughly|some|sometime",
  "last|this|next|past|previous|preceding|coming|current|following|same|earlier|later|recent",
  "today|yesterday|tomorrow|tonight|now|currently|nowadays|presently|recently|lately|formerly|previously|at",
  "every|each|per|annually|yearly|weekly|daily|monthly|hourly|quarterly|biannually|biennially|fortnightly|nightly",
  "once|twice|thrice|noon|midnight|midday|first|second|third|fourth|final|initial|latter|beginning|start|end|middle|close",
  "spring|summer|autumn|fall|winter|years|months|weeks|days|decades|centuries|hours",
  "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen",
  "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|few|many|dozens|numerous|half",
  "more|less|over|under|nearly|almost|just|well|up",
].join("|");

/** Words an expression can start with, as written: lower case or capitalized; names capitalized only. */
const ANCHORS = new Set<string>([
  ...ANCHOR_WORDS.split("|").flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]),
  ...`${MONTH_FULL}|${MONTH_ABBR}|${WEEKDAY}`.split("|"),
]);
/** Tokens: ASCII words, digit runs, and the apostrophe of "'90s". */
const TOKEN = /[A-Za-z]+|[0-9]+|['’](?=\d0)/g;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(ch);
}

/**
 * Function words ("the", "a", "over", "first" …) start an expression only when a date word or a
 * digit follows within a few words: "the first half of 2025", "a few years ago". This prefilter
 * spares the grammar most of the language's commonest words.
 */
const NEEDS_KEY = new Set(
  (ANCHOR_WORDS + "|" + "ten").split("|").filter((w) => !/^(today|yesterday|tomorrow|tonight|now|currently|nowadays|presently|recently|lately|formerly|previously|annually|yearly|weekly|daily|monthly|hourly|quarterly|biannually|biennially|fortnightly|nightly|noon|midnight|midday|spring|summer|autumn|fall|winter|years|months|weeks|days|decades|centuries|hours)$/.test(w)),
);
const KEY = new RegExp(
  `\\d|(?:${MONTH_FULL}|${WEEKDAY}|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur|millenni|past|future|present|moment|morning|afternoon|evening|night|times|ago|today|yesterday|tomorrow|tonight)`,
  "g",
);
/** How far after a function word its date word may stand: "the [first half of the year]". */
const KEY_WINDOW = 48;

/** Is the token at `index` a place where an expression can start? */
function isAnchor(text: string, index: number, token: string): boolean {
  if (index > 0 && isWordChar(text[index - 1])) return false;
  const c = token.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 39 || c === 0x2019) return true;
  const next = text[index + token.length];
  if ((token === "Q" || token === "H") && next !== undefined && next >= "1" && next <= "4") return true; // Q3 2024, H1 2025
  if (isWordChar(next)) return false;
  return ANCHORS.has(token);
}

/** Signal words before a date, kept in the pattern as a time frame: "since 2021" → "date/year+since". */
const SIGNAL = /(?:\b([Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]ollowing|[Tt]hrough|[Tt]hroughout|[Dd]uring|[Ss]tarting(?: in| from)?|[Aa]s of|[Pp]rior to|[Uu]p to)[\s\u00a0]+|\b([Pp]ost|[Pp]re)[-\s\u00a0])$/;

function longest(ctx: GrammarContext, pos: number): Hit | null {
  const candidates = [
    parseRange(ctx, pos),
    parseDate(ctx, pos),
    parseRelative(ctx, pos),
    parseDuration(ctx.text, pos),
    parseSet(ctx.text, pos),
    parseClock(ctx.text, pos, ctx.asOf),
  ];
  let best: Hit | null = null;
  for (const hit of candidates) if (hit && (!best || hit.end > best.end)) best = hit;
  return best;
}

function withSignal(text: string, hit: Hit): Hit {
  if (hit.kind !== "date" && hit.kind !== "range") return hit;
  const m = SIGNAL.exec(before(text, hit.start, 16));
  if (!m) return hit;
  const word = (m[1] ?? m[2]!).toLowerCase().replace(/\s+.*/, "").replace(/\s+/g, "-");
  return { ...hit, pattern: `${hit.pattern}+${word === "as" ? "as-of" : word === "prior" ? "prior-to" : word === "up" ? "up-to" : word}` };
}

export function findTemporal(text: string, options: MentionOptions): Mention[] {
  const asOf = options.asOf ? parseIso(options.asOf) : null;
  const ctx: GrammarContext = { text, asOf };
  const out: Mention[] = [];
  const anchor = new RegExp(TOKEN.source, TOKEN.flags);
  const key = new RegExp(KEY.source, KEY.flags);
  let nextKey = -1;
  let m: RegExpExecArray | null;
  while ((m = anchor.exec(text)) !== null) {
    if (!isAnchor(text, m.index, m[0])) continue;
    if (NEEDS_KEY.has(m[0].toLowerCase())) {
      if (nextKey < m.index) {
        key.lastIndex = m.index;
        nextKey = key.exec(text)?.index ?? Number.POSITIVE_INFINITY;
      }
      if (nextKey >= m.index + KEY_WINDOW) continue;
    }
    const hit = longest(ctx, m.index);
    if (hit) {
      out.push(toMention(text, withSignal(text, hit)));
      anchor.lastIndex = hit.end;
    }
  }
  return out;
}
