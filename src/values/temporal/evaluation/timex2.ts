/**
 * Reads TIMEX2 inline key files (WikiWars "keyinline/*.key.xml", ACE/TERN style):
 * <DATETIME><TIMEX2 val="2009-12-19T17:00:00">…</TIMEX2></DATETIME> is the creation time, and
 * the <TEXT> body carries <TIMEX2 val="1939-09" mod="START">early October</TIMEX2> inline,
 * possibly nested. VAL is mapped to TIMEX3 conventions so values compare: "199X" → "199",
 * "19XX" → "19", seconds ":00" dropped from times, set="YES" → type SET with the recurrence's
 * period ("XXXX-XX-XX" → "P1D"), decades and centuries in years ("P1DE" → "P10Y").
 */
import { type GoldDocument, type GoldTimex, decodeEntities, typeOfValue } from "./gold.js";
import { wordTable } from "../../word-table.js";

/** A recurrence's TIMEX2 VAL by its granularity (SET="YES"): "XXXX-XX-XX" each day → TIMEX3 "P1D". */
const SET_GRANULARITY = wordTable<string>({ "XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W", "XXXX-XX": "P1M", XXXX: "P1Y" });
/** TIMEX2's decade, century and millennium units, counted in years as TIMEX3 counts them. */
const YEARS_PER = wordTable<number>({ DE: 10, CE: 100, ML: 1000 });

/**
 * TIMEX2 VAL → the TIMEX3 value the grammar would give: "199X" → "199"; seconds ":00" dropped;
 * a set written by its granularity ("daily" XXXX-XX-XX, "weekly" XXXX-WXX, "annually" XXXX) as
 * the period it recurs with (P1D, P1W, P1Y); durations in decades or centuries in years ("P1DE"
 * → "P10Y", "P2CE" → "P200Y", "PXDE" → "PXY").
 */
export function timex2Value(val: string, isSet = false): string {
  let v = val.trim();
  v = v.replace(/^(\d{3})X$/, "$1").replace(/^(\d{2})XX$/, "$1");
  v = v.replace(/(T\d{2}:\d{2}):00$/, "$1");
  if (isSet && SET_GRANULARITY[v]) return SET_GRANULARITY[v]!;
  const long = /^P(\d+|X)(DE|CE|ML)$/.exec(v);
  if (long) return long[1] === "X" ? "PXY" : `P${Number(long[1]) * YEARS_PER[long[2]!]!}Y`;
  return v;
}

export function readTimex2Inline(xml: string, id: string): GoldDocument {
  const dct = /<DATETIME>[\s\S]*?val="(\d{4}-\d{2}-\d{2})/i.exec(xml)?.[1] ?? null;
  const bodyStart = xml.search(/<TEXT>/i);
  const bodyEnd = xml.search(/<\/TEXT>/i);
  const body = bodyStart >= 0 ? xml.slice(bodyStart + 6, bodyEnd >= 0 ? bodyEnd : undefined) : xml;
  let text = "";
  const open: { start: number; attrs: string }[] = [];
  const timexes: GoldTimex[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      text += decodeEntities(m[4]);
      continue;
    }
    if (m[2]!.toUpperCase() !== "TIMEX2") continue;
    if (m[1] === "") {
      if (m[3]!.trimEnd().endsWith("/")) continue; // empty TIMEX2: no extent
      open.push({ start: text.length, attrs: m[3]! });
    } else {
      const t = open.pop();
      if (!t) continue;
      const val = /\bval="([^"]*)"/i.exec(t.attrs)?.[1] ?? "";
      const isSet = /\bset="YES"/i.test(t.attrs);
      const value = timex2Value(val, isSet);
      timexes.push({ start: t.start, end: text.length, type: typeOfValue(value, isSet), value, text: text.slice(t.start, text.length) });
    }
  }
  timexes.sort((a, b) => a.start - b.start || b.end - a.end);
  // TIMEX2 annotates each end of "from 1915 to 1916" on its own.
  return { id, text, asOf: dct, timexes, unscored: [], ranges: "parts" };
}
