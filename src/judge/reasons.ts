/**
 * Basis → the one-line `reason` of a finding. All wording of verdicts lives here (publint's
 * formatMessage); the judge deals in codes only. Claims are quoted as written, with the file name
 * and line, so the sentence can be checked without the report's other columns.
 */
import type { Basis, Claim, QuantityValue } from "../types.js";
import { fileName } from "../values/file-name.js";

export interface ReasonContext {
  topic: string;
  claims: ReadonlyMap<string, Claim>;
  /** Who gives a claim inside its text ("police"), or null when its writer does. */
  attribution?: (c: Claim) => string | null;
}

function quote(c: Claim | undefined): string {
  if (!c) return "a claim";
  return `“${c.text}” (${fileName(c.document)}:${c.line})`;
}

/** "; 3 more claims fit as well" when the finding holds more claims than the reason quotes. */
function more(ctx: ReasonContext, quoted: number): string {
  const rest = ctx.claims.size - quoted;
  return rest > 0 ? `, and ${rest} more claim${rest === 1 ? "" : "s"} fit${rest === 1 ? "s" : ""} with them` : "";
}

function measureName(m: string): string {
  return m.replace(/-/g, " ");
}

/** “12” (a.txt:3), according to police */
function quoteSaid(c: Claim | undefined, ctx: ReasonContext): string {
  const who = c && ctx.attribution?.(c);
  return who ? `${quote(c)}, according to ${who},` : quote(c);
}

function withoutComma(s: string): string {
  return s.endsWith(",") ? s.slice(0, -1) : s;
}

export function reasonFor(basis: Basis, ctx: ReasonContext): string {
  const get = (id: string): Claim | undefined => ctx.claims.get(id);
  switch (basis.kind) {
    case "disjoint-intervals": {
      const [a, b] = [get(basis.a), get(basis.b)];
      const what = a?.value.type === "quantity" ? "figure" : "date";
      return `${quoteSaid(a, ctx)} and ${withoutComma(quoteSaid(b, ctx))} cannot both be true: ${ctx.topic} has one true ${what}, and these values do not overlap.`;
    }
    case "one-sentence":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} are given in one sentence, so they count different things.`;
    case "part-of-count":
      return `${quote(get(basis.part))} is a part of a larger count in its sentence, or the whole a part is taken from ("10" of "eight of their last 10"), not a total to set against ${quote(get(basis.other))}.`;
    case "across-midnight":
      return `${quote(get(basis.night))} and ${quote(get(basis.early))} are a night and the small hours after it, which may be one moment: the sources differ on which day to call it.`;
    case "unstated-year":
      return `${quote(get(basis.a))} does not state its year (it is taken from its document's date), and in the year ${quote(get(basis.b))} states they would fit, so they are not set against each other.`;
    case "unestablished":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} differ, but nothing shows they are about the same occurrence (no place, party or event named by both), so they are not set against each other.`;
    case "later-report": {
      const [earlier, later] = [get(basis.earlier), get(basis.later)];
      // a frame's own topic: no rule says what is measured keeps one value, or that it counts as it goes
      if (later?.rule.startsWith("frame:")) {
        return `${quote(later)} was reported on a later day than ${quote(earlier)}: no rule says ${ctx.topic} keeps one value over time, so the later report may speak of a later state or another occurrence, not a contradiction.`;
      }
      return `${quote(later)} was reported on a later day than ${quote(earlier)}: a running count that may have grown, not a contradiction.`;
    }
    case "unknown-report-time":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} are running counts, and when at least one was reported is not known, so the later one may have grown.`;
    case "sources-differ": {
      const [a, b] = [get(basis.a), get(basis.b)];
      const by = (c: Claim | undefined): string => (c && ctx.attribution?.(c)) || (c ? `the writer of ${fileName(c.document)}` : "a source");
      return `Sources differ: ${quote(a)} is the estimate of ${by(a)}, ${quote(b)} that of ${by(b)}.`;
    }
    case "different-measures": {
      const figures = [...ctx.claims.values()].some((c) => c.value.type === "quantity");
      const measures = basis.measures.map((m) => (m === "unspecified" ? "not stated" : measureName(m))).join(" / ");
      return figures
        ? `The figures count different things (${measures}), so they differ without contradicting each other.`
        : `The claims date different events of the topic (${measures}), so they differ without contradicting each other.`;
    }
    case "different-frames": {
      const [a, b] = [get(basis.a), get(basis.b)];
      return `${quote(a)} and ${quote(b)} refer to different time frames, so they can both be true.`;
    }
    case "bounds-both-hold":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} are bounds that can both hold; the sources differ in what they commit to.`;
    case "within-tolerance":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} differ but overlap within their stated precision.`;
    case "story-date": {
      const a = get(basis.a);
      return `${quote(a)} and ${quote(get(basis.b))} differ, but ${a ? fileName(a.document) : "its document"} states no date: it was read as written on the day most reports of its story were, which may not be its own.`;
    }
    case "undated-reports":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} differ, but the reports are undated: no calendar day can be given to either, and reports written on different days may name one day differently.`;
    case "undated-one-day":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} cannot both be true: the reports are undated but name different weekdays for one happening, which has one day, and reports of one story written within a week cannot name one past day by two weekdays.`;
    case "recurring":
      return `${quote(get(basis.a))} and ${quote(get(basis.b))} differ, but what they tell can happen more than once, so they may be about two occurrences.`;
    case "unstated-frame": {
      const [a, b] = [get(basis.a), get(basis.b)];
      const unknown = [a, b].find((c) => c?.frameImplied && !c.frame);
      const unstated = unknown ?? (a?.frameImplied ? a : b);
      const taken = unstated?.frame ? "taken as its document's year" : "and its document states no date";
      return `${quote(a)} and ${quote(b)} differ, but ${quote(unstated)} does not state its period (${taken}), so they may count different periods.`;
    }
    case "converted": {
      const [a, b] = [get(basis.a), get(basis.b)];
      const unit = (c: Claim | undefined): string => (c?.value.type === "quantity" ? c.value.unit : "?");
      const rate = Number(basis.rate.toPrecision(3));
      return `${quote(a)} and ${quote(b)} are sums in two currencies; converted at the rate other reports of the story give (1 ${unit(a)} = ${rate} ${unit(b)}) they differ, but neither report states that rate, so they are not set against each other.`;
    }
    case "equal":
      return `The sources state the same value: ${basis.claims.map((id) => quote(get(id))).join(", ")}${more(ctx, 2)}.`;
    case "refinement":
      return `${quote(get(basis.finer))} is a more precise statement of ${quote(get(basis.coarser))}; they agree${more(ctx, 2)}.`;
    case "same-event":
      return `The sources place the same event at compatible dates: ${basis.claims.map((id) => quote(get(id))).join(", ")}.`;
  }
}

/** A rate in words: "1.53", to three figures. */
function figure(n: number): string {
  return String(Number(n.toPrecision(3)));
}

/**
 * The rate between the currencies of claims compared at their story's rate, in words, or null when
 * they are in one currency: "1 GBP = 1.53 USD (its statements give 1.50–1.56), as stated in
 * d.txt:6 “2m euros (£1.7m; $2.6m)”". The first claim's currency is set against each other one.
 */
export function rateInWords(claims: readonly Claim[]): string | null {
  const priced = claims.filter((c) => c.exchange !== undefined && c.value.type === "quantity");
  const first = priced[0];
  if (!first) return null;
  const unit = (first.value as QuantityValue).unit;
  const seen = new Set([unit]);
  const parts: string[] = [];
  const where: string[] = [...(first.rateStated ?? [])];
  for (const c of priced) {
    const other = (c.value as QuantityValue).unit;
    if (seen.has(other)) continue;
    seen.add(other);
    const [aLo, aHi] = first.exchangeRange ?? [first.exchange!, first.exchange!];
    const [bLo, bHi] = c.exchangeRange ?? [c.exchange!, c.exchange!];
    const mid = first.exchange! / c.exchange!;
    const [lo, hi] = [aLo / bHi, aHi / bLo];
    const spread = figure(lo) !== figure(hi) ? ` (its statements give ${figure(lo)}\u2013${figure(hi)})` : "";
    parts.push(`1 ${unit} = ${figure(mid)} ${other}${spread}`);
    for (const w of c.rateStated ?? []) if (!where.includes(w)) where.push(w);
  }
  if (parts.length === 0) return null;
  const shown = where.slice(0, 3).join("; ") + (where.length > 3 ? `; and ${where.length - 3} more` : "");
  return `${parts.join(", ")}, as stated in ${shown}`;
}

/**
 * A finding's reason, with the rate its sums in two currencies were compared at and where the story
 * states it, when it holds any: "… Compared at the story's own rate: 1 GBP = 1.53 USD, as stated in
 * d.txt:6 “2m euros (£1.7m; $2.6m)”."
 */
export function withRateNote(reason: string, rate: string | null): string {
  return rate === null ? reason : `${reason} Compared at the story's own rate: ${rate}.`;
}
