/**
 * Gold standard for evaluating the temporal grammar (TempEval-3 style): documents as plain text
 * with their annotated TIMEX spans, whatever corpus format they were read from.
 */
import type { IsoDay, Timex } from "../../../types.js";
import { wordTable } from "../../word-table.js";

export interface GoldTimex {
  /** [start, end) in UTF-16 units of GoldDocument.text. */
  start: number;
  end: number;
  type: Timex["type"];
  /** TIMEX3 value, or the TIMEX2 VAL mapped to TIMEX3 conventions; "" when the gold gives none. */
  value: string;
  text: string;
}

export type RangeStyle = "parts" | "both";

export interface GoldDocument {
  id: string;
  text: string;
  /** The document creation time: the reference date for relative expressions. */
  asOf: IsoDay | null;
  timexes: GoldTimex[];
  /** Spans not scored (the creation-time expression itself): system output there is dropped. */
  unscored: [number, number][];
  /**
   * How the corpus annotates "from 2009 to 2011": as its two dates ("parts": TimeML, TIMEX2), or
   * as the two dates and the duration around them ("both": NewsReader/MEANTIME). The system's
   * ranges are scored the same way.
   */
  ranges: RangeStyle;
}

const ENTITIES = wordTable<string>({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" });

/** "&amp;" → "&", "&#39;" → "'". */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** TIMEX type from a value when the gold has no type (TIMEX2): P… duration, …T… time, else date. */
export function typeOfValue(value: string, isSet: boolean): Timex["type"] {
  if (isSet) return "SET";
  if (/^P/.test(value)) return "DURATION";
  if (/T/.test(value) && !/_REF$/.test(value)) return "TIME";
  return "DATE";
}
