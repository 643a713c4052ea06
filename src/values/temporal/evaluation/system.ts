/**
 * The system side of the evaluation: the value layer's temporal mentions as TIMEX spans.
 * A range counts as its two endpoints, as TimeML annotates "from 1996 to 2001", and also as
 * the duration around them where the corpus annotates that too.
 * The whole value layer is scored (non-claim spans such as citations win over dates they
 * overlap), or, with `layer` "temporal", the temporal grammar alone.
 */
import type { IsoDay, Mention } from "../../../types.js";
import { findMentions } from "../../index.js";
import { findTemporal } from "../index.js";
import type { RangeStyle } from "./gold.js";
import type { SystemTimex } from "./score.js";

const TEMPORAL = new Set(["date", "range", "time", "duration", "set"]);

function toSystem(m: Mention, ranges: RangeStyle): SystemTimex[] {
  if (m.kind === "range" && m.parts) {
    const parts = m.parts.flatMap((p) => toSystem(p, ranges));
    if (ranges === "parts" || !m.timex) return parts;
    return [{ start: m.offset, end: m.offset + m.length, type: m.timex.type, value: m.timex.value, text: m.text }, ...parts];
  }
  // a span of lengths of time ("two to three weeks") is scored as the two readings it joins
  if (m.pattern === "duration/span" && m.parts) return m.parts.flatMap((p) => toSystem(p, ranges));
  if (!m.timex) return [];
  return [{ start: m.offset, end: m.offset + m.length, type: m.timex.type, value: m.timex.value, text: m.text }];
}

export function systemTimexes(text: string, asOf: IsoDay | null, ranges: RangeStyle = "parts", layer: "all" | "temporal" = "all"): SystemTimex[] {
  // An age ("a 45-year-old") is a quantity that keeps TimeML's duration reading (P45Y) as its TIMEX.
  return (layer === "temporal" ? findTemporal(text, { asOf }) : findMentions(text, { asOf })).filter((m) => TEMPORAL.has(m.kind) || m.timex !== null).flatMap((m) => toSystem(m, ranges));
}
