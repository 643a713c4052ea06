/**
 * Clock times: "10 a.m.", "10:30 pm", "14:48 GMT", "at noon", "midnight". The day is the
 * reference date's (a news report's "10 a.m." is on its own day): TIMEX "2025-09-05T10:00".
 */
import { iso, type Ymd } from "../calendar.js";
import { dayPeriod } from "../periods.js";
import { type Hit, at, before, unresolvedHit } from "./hit.js";

const END = "(?![\\p{L}\\p{N}_])";
const ZONE = "(?:[\\s\\u00a0]*\\(?(?:GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|PKT|AEST|AEDT|JST|local time|ET|PT)\\)?)";
const RE = {
  meridiem: new RegExp(`(\\d{1,2})(?:[:.](\\d{2}))?[\\s\\u00a0]*([AaPp])\\.?[\\s\\u00a0]?[Mm]\\.?(?:${ZONE})?(?![\\p{L}\\p{N}_])`, "yu"),
  clock: new RegExp(`(\\d{1,2}):(\\d{2})(?:[\\s\\u00a0]*(?:hours|hrs|h))?(${ZONE})?${END}`, "yu"),
  noon: new RegExp(`([Nn]oon|[Mm]idnight|[Mm]idday)${END}`, "yu"),
};

function timeHit(start: number, end: number, asOf: Ymd | null, hhmm: string, zone: boolean): Hit {
  const suffix = `T${hhmm}${zone ? "Z" : ""}`;
  if (!asOf) return unresolvedHit(start, end, { type: "TIME", value: `XXXX-XX-XX${suffix}`, mod: null }, "time/clock", "time");
  return {
    start, end, kind: "time", period: dayPeriod(asOf.y, asOf.m, asOf.d), relative: true, approximate: false, pattern: "time/clock",
    timex: { type: "TIME", value: `${iso(asOf.y, asOf.m, asOf.d)}${suffix}`, mod: null },
  };
}

export function parseClock(text: string, pos: number, asOf: Ymd | null): Hit | null {
  if (/[\d.,:]$/.test(before(text, pos, 1))) return null;
  let m = at(RE.meridiem, text, pos);
  if (m) {
    let h = Number(m[1]);
    const min = m[2] ?? "00";
    if (h < 1 || h > 12 || Number(min) > 59) return null;
    if (/[Pp]/.test(m[3]!) && h !== 12) h += 12;
    if (/[Aa]/.test(m[3]!) && h === 12) h = 0;
    const zone = /GMT|UTC|Z\b/.test(m[0]);
    return timeHit(pos, pos + m[0].length, asOf, `${String(h).padStart(2, "0")}:${min}`, zone);
  }
  m = at(RE.clock, text, pos);
  if (m) {
    const h = Number(m[1]), min = Number(m[2]);
    const cue = m[3] !== undefined || /\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Aa]round|[Ff]rom)[\s\u00a0]+$/.test(before(text, pos, 8));
    if (h > 23 || min > 59 || !cue) return null;
    return timeHit(pos, pos + m[0].length, asOf, `${String(h).padStart(2, "0")}:${m[2]}`, m[3] !== undefined && /GMT|UTC|Z/.test(m[3]));
  }
  m = at(RE.noon, text, pos);
  if (m) return timeHit(pos, pos + m[0].length, asOf, /[Mm]idnight/.test(m[1]!) ? "24:00" : "12:00", false);
  return null;
}
