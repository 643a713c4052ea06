/**
 * The system side of the evaluation: the value layer's temporal mentions as TIMEX spans.
 * A range counts as its two endpoints, as TimeML annotates "from 1996 to 2001".
 */
import type { IsoDay, Mention } from "../../../types.js";
import { findMentions } from "../../index.js";
import type { SystemTimex } from "./score.js";

const TEMPORAL = new Set(["date", "range", "time", "duration", "set"]);

function toSystem(m: Mention): SystemTimex[] {
  if (m.kind === "range" && m.parts) return m.parts.flatMap(toSystem);
  if (!m.timex) return [];
  return [{ start: m.offset, end: m.offset + m.length, type: m.timex.type, value: m.timex.value, text: m.text }];
}

export function systemTimexes(text: string, asOf: IsoDay | null): SystemTimex[] {
  return findMentions(text, { asOf }).filter((m) => TEMPORAL.has(m.kind)).flatMap(toSystem);
}
