/**
 * The temporal half of the value layer: every date, range, time, duration and recurrence in a
 * text, with its interval and TIMEX3 attributes.
 *
 * How it runs (fast on long texts): one global regex finds the anchors (anchors.ts) — digits,
 * month and weekday names, and the few words a temporal expression can start with ("late",
 * "from", "last", "every" …). At each anchor the grammar rules run as sticky regexes; the
 * longest expression wins and scanning resumes after it. No regex is tried at every position.
 */
import type { Mention, MentionOptions } from "../../types.js";
import { anchorOffsets } from "./anchors.js";
import { parseIso } from "./calendar.js";
import { parseClock } from "./grammar/clock.js";
import { parseDate } from "./grammar/date.js";
import { parseDuration, parseSet } from "./grammar/duration.js";
import { type GrammarContext, type Hit, before } from "./grammar/hit.js";
import { parseRange } from "./grammar/range.js";
import { parseRelative } from "./grammar/relative.js";
import { parseRelativePart } from "./grammar/relative-part.js";
import { toMention } from "./mention.js";

/** Signal words before a date, kept in the pattern as a time frame: "since 2021" → "date/year+since". */
const SIGNAL = /(?:\b([Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]ollowing|[Tt]hrough|[Tt]hroughout|[Dd]uring|[Ss]tarting(?: in| from)?|[Aa]s of|[Pp]rior to|[Uu]p to)[\s\u00a0]+|\b([Pp]ost|[Pp]re)[-\s\u00a0])$/;

function longest(ctx: GrammarContext, pos: number): Hit | null {
  const candidates = [
    parseRange(ctx, pos),
    parseDate(ctx, pos),
    parseRelative(ctx, pos),
    parseRelativePart(ctx, pos),
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
  let resumeAt = 0;
  for (const at of anchorOffsets(text)) {
    if (at < resumeAt) continue;
    const hit = longest(ctx, at);
    if (hit) {
      out.push(toMention(text, withSignal(text, hit)));
      resumeAt = hit.end;
    }
  }
  return out;
}
