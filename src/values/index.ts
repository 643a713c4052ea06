/**
 * The value layer: every temporal expression and quantity in a text, normalized.
 * Shared by `relcheck mentions` and by the scan pipeline (extract takes its values from here).
 *
 * Order matters (NOTE): non-claim spans (citations, section numbers, identifiers, version labels)
 * are found first and win over anything they overlap, so "(Rashid, 2010a)" never yields a year
 * and "0009-0005-3697-6034" never yields numbers. Then temporal expressions win over quantities
 * they overlap ("9/11" is a date, "1997" in "in 1997" is a year, not a count) — except ages: "a
 * 45-year-old" is TimeML's duration P45Y, and here an age (a quantity counting "age", which keeps
 * that TIMEX), so ages are placed before the temporal expressions. So are speeds written out ("120
 * miles an hour", "30 metres per second"), whose "an hour" is part of the unit, not a set.
 */
import type { Mention, MentionOptions } from "../types.js";
import { findNoise } from "./noise/index.js";
import { isAge } from "./quantity/ages.js";
import { findQuantities } from "./quantity/index.js";
import { namesCurrency } from "./quantity/units.js";
import { findTemporal } from "./temporal/index.js";
import { HOLIDAY } from "./temporal/holidays.js";
import { MONTH, SEASON } from "./temporal/lexicon.js";

/**
 * Keep `candidates` that overlap nothing in `taken` (sorted by position); returns the union,
 * sorted. One pass over `taken` sorted by start, with the furthest end so far: O((n + m) log m).
 */
function addUnlessOverlapping(taken: Mention[], candidates: readonly Mention[]): Mention[] {
  const out = [...taken];
  // reach[i]: the furthest end among taken[0..i] (taken is sorted by offset).
  const reach: number[] = [];
  let far = -Infinity;
  for (const t of taken) reach.push((far = Math.max(far, t.offset + t.length)));
  for (const m of candidates) {
    const end = m.offset + m.length;
    // The last taken span that starts before m ends; any overlap reaches past m's start.
    let lo = 0;
    let hi = taken.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.offset < end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Pairwise, t and m overlap when t.offset < m.end && m.offset < t.end.
    if (last < 0 || reach[last]! <= m.offset) out.push(m);
  }
  return out.sort(byPosition);
}

export function byPosition(a: Mention, b: Mention): number {
  return a.offset - b.offset || b.length - a.length || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

export function findMentions(text: string, options: MentionOptions): Mention[] {
  return layeredMentions(text, options).all();
}

/**
 * The value layer one grammar at a time, for callers that can stop early: extract looks at the
 * quantities (or the temporal expressions) of a sentence first and asks for the whole list only
 * when one of them could become a claim. Each grammar runs at most once; `all()` is exactly
 * findMentions(text, options). What a grammar returns is a superset of what it keeps in `all()`
 * (overlaps only take mentions away), so "no quantity here" is final.
 */
export interface LayeredMentions {
  temporal(): readonly Mention[];
  quantities(): readonly Mention[];
  /**
   * all() without the quantities: the non-claim spans and the temporal expressions they leave (with
   * the durations that all() reads as ages: "a 45-year-old").
   */
  withoutQuantities(): Mention[];
  all(): Mention[];
}

export function layeredMentions(text: string, options: MentionOptions): LayeredMentions {
  let temporal: Mention[] | null = null;
  let quantities: Mention[] | null = null;
  let noise: Mention[] | null = null;
  let dated: Mention[] | null = null;
  let all: Mention[] | null = null;
  const layers: LayeredMentions = {
    temporal: () => (temporal ??= withinSpan(findTemporal(text, options), text, options)),
    quantities: () => (quantities ??= findQuantities(text)),
    withoutQuantities: () => [...(dated ??= addUnlessOverlapping((noise ??= findNoise(text).sort(byPosition)), layers.temporal()))],
    all: () => [...(all ??= allMentions())],
  };
  // Quantities come last and never take the place of a temporal expression or a non-claim span;
  // ages come before the temporal expressions (they are the durations TimeML reads in them).
  const allMentions = (): Mention[] => {
    const q = layers.quantities();
    if (!q.some(beforeTemporal)) return joinDurationSpans(text, addUnlessOverlapping(layers.withoutQuantities(), q));
    const aged = addUnlessOverlapping((noise ??= findNoise(text).sort(byPosition)), q.filter(beforeTemporal));
    return joinDurationSpans(text, addUnlessOverlapping(addUnlessOverlapping(aged, layers.temporal()), q.filter((m) => !beforeTemporal(m))));
  };
  return layers;
}

/**
 * The layers of a text whose whole list a reading of a larger text has made already (`all`, offsets
 * into this text): each layer is that list's mentions of its kind, so no grammar runs again. A
 * layer then holds what survived the overlaps, not the grammar's superset; a caller that asks a
 * layer whether a value could be there and then takes it from `all()` gets the same answer.
 */
export function knownLayers(all: readonly Mention[]): LayeredMentions {
  let temporal: Mention[] | null = null;
  let quantities: Mention[] | null = null;
  return {
    temporal: () => (temporal ??= all.filter((m) => TEMPORAL_KINDS.has(m.kind))),
    quantities: () => (quantities ??= all.filter((m) => m.kind === "quantity")),
    withoutQuantities: () => all.filter((m) => m.kind !== "quantity"),
    all: () => [...all],
  };
}

const TEMPORAL_KINDS: ReadonlySet<string> = new Set(["date", "range", "time", "duration", "set"]);

/**
 * For a document known only to lie within a span of days (options.asOfUntil), a relative date
 * spans what it can mean over the span: "today" in a report of some day of September is September
 * 1–30, "yesterday" August 31 to September 29. Each relative date is read again as of the span's
 * last day, and the two readings' hull is its value; a stated date ("17 September 2013") reads the
 * same both ways and stays as it is.
 */
function withinSpan(mentions: Mention[], text: string, options: MentionOptions): Mention[] {
  const until = options.asOfUntil;
  if (!until || !options.asOf || until <= options.asOf || !mentions.some((m) => m.relative)) return mentions;
  const later = new Map(findTemporal(text, { asOf: until }).map((m) => [`${m.offset}:${m.length}`, m] as const));
  return mentions.map((m) => {
    const v = m.value;
    const w = later.get(`${m.offset}:${m.length}`)?.value;
    if (!m.relative || !v || !w || (v.type !== "date" && v.type !== "range") || w.type !== v.type) return m;
    const start = v.start < w.start ? v.start : w.start;
    const end = v.end > w.end ? v.end : w.end;
    return start === v.start && end === v.end ? m : { ...m, value: { ...v, start, end } };
  });
}

/** What joins the two ends of a span of time: "to", a dash; "and" only after "between". */
const SPAN_JOIN = /^[\s\u00a0]*(?:to|[-–—])[\s\u00a0]*$/;
const AND_JOIN = /^[\s\u00a0]+and[\s\u00a0]+$/;
const BETWEEN = /\b[Bb]etween[\s\u00a0]+$/;

/**
 * A span of lengths of time is one value from its low end to its high end, as a span of lengths of
 * other units is ("5 to 7 miles"): "two to three weeks", "2-3 days", "between 60 and 90 days". The
 * temporal grammar reads its two numbers apart (the first shares the second's unit, as TimeML
 * annotates them); the claim is the span, its two readings kept as its parts. Must match those;
 * must not match "two or three weeks" (alternatives: each reading stays), "two and three weeks"
 * without "between" (two lengths), "three weeks to a month" (the low end has a unit of its own),
 * nor a span whose ends do not rise ("five to three days").
 */
function joinDurationSpans(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1]!;
    if (a.pattern !== "duration/shared-unit" || b.kind !== "duration" || a.value?.type !== "quantity" || b.value?.type !== "quantity") continue;
    const gap = text.slice(a.offset + a.length, b.offset);
    const between = AND_JOIN.test(gap) && BETWEEN.test(text.slice(Math.max(0, a.offset - 9), a.offset));
    if (!SPAN_JOIN.test(gap) && !between) continue;
    const low = a.value.min, high = b.value.max;
    if (low === null || high === null || a.value.unit !== b.value.unit || !(low < high)) continue;
    const start = between ? a.offset - BETWEEN.exec(text.slice(Math.max(0, a.offset - 9), a.offset))![0].length : a.offset;
    const end = b.offset + b.length;
    const span: Mention = {
      offset: start, length: end - start, text: text.slice(start, end), kind: "duration",
      value: { type: "quantity", min: low, max: high, unit: b.value.unit, approximate: false, qualifier: null, nominal: null },
      timex: b.timex, relative: false, pattern: "duration/span", parts: [a, b],
    };
    out ??= [...mentions];
    out.splice(out.indexOf(a), 2, span);
  }
  return out ?? mentions;
}

/** A speed whose unit is written out with its time ("120 miles an hour", "30 metres per second"). */
const SPOKEN_RATE = /\b(?:hour|second)$/i;
function isSpokenSpeed(m: Mention): boolean {
  return m.kind === "quantity" && m.value?.type === "quantity" && (m.value.unit === "mph" || m.value.unit === "km/h" || m.value.unit === "m/s") && SPOKEN_RATE.test(m.text);
}

/** Quantities placed before the temporal expressions: ages (TimeML's durations) and speeds written out. */
function beforeTemporal(m: Mention): boolean {
  return isAge(m) || isSpokenSpeed(m);
}

/**
 * Whether a text can hold a range at all, by the words a range cannot do without: both ends of
 * "from 1996 to 2001", "1979–1989", "April–June 2025", "from Christmas to Easter", "the 19th and
 * 20th centuries" are a year or day number, a month, a season, a holiday or a century. A sentence
 * with none of them is spared the temporal grammar when only a range could make a claim
 * ("the government of the day"); test/perf/value-gates.test.ts holds the grammar to this.
 */
export function mayHoldRange(text: string): boolean {
  return RANGE_KEY.test(text);
}

/**
 * Whether a text can hold an amount of money at all: a currency symbol, code or name as the
 * quantity grammar reads them (quantity/units.ts CURRENCY_KEY). A sentence without one is spared
 * the grammar when only money could make a claim; test/perf/value-gates.test.ts holds the grammar
 * to this.
 */
export function mayHoldMoney(text: string): boolean {
  return namesCurrency(text);
}

/**
 * Whether a text can hold a share at all: a percent sign or word ("10%", "10 per cent", "5pc"),
 * or a fraction ("a third", "two-thirds", "half of"), the ways the quantity grammar comes to the
 * unit "percent". A sentence with neither (and no currency) is spared the grammar when only money
 * or shares could make a claim; test/perf/value-gates.test.ts holds the grammar to this.
 */
export function mayHoldShare(text: string): boolean {
  return SHARE_KEY.test(text);
}

const SHARE_KEY = /%|per\s?cent|pc|half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth/i;

// No "u" flag: the source is plain BMP characters, which match the same without it, and the
// expression runs a fifth faster.
const RANGE_KEY = new RegExp(`\\d|${MONTH}|${SEASON}|${HOLIDAY}|[Cc]entur(?:y|ies)`);
