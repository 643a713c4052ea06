/**
 * A clock time told the military or 24-hour way, four digits and "hours": "at 1100 hours", "0930
 * hrs", "2300 hours local time", "about 1100 hrs IST". It is a time of day (11:00, 09:30, 23:00),
 * as "11 a.m." is, never a length of 1,100 hours. The digits must be a time (00–23 hours, 00–59
 * minutes), and something must show it is one: a leading zero ("0930 hours": no count is written
 * so), a time zone or "local time" after it, or a preposition of a moment before it ("at", "by",
 * "until", "from", "since", maybe with "about", "around", "shortly before" …). Not "worked 1100
 * hours", "for 120 hours", "24 hours", nor "at 1500 hours of community service" (what the hours
 * are "of" makes them a count).
 */
import { at, before, sticky } from "./hit.js";

const ZONE_AFTER = String.raw`(?:GMT|UTC|Z|IST|PKT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EAT|AST|JST|AEST|AEDT|local[\s\u00a0]+time)`;
const MILITARY_HOURS = sticky(new RegExp(
  String.raw`([01]\d|2[0-3])([0-5]\d)[\s\u00a0]*(?:hours|hrs|hr)\.?(?:([\s\u00a0]+\(?${ZONE_AFTER}\)?)(?![\p{L}\p{N}_]))?(?![\p{L}\p{N}_])`,
  "yu",
));
/** A preposition of a moment before the digits: "at 1100 hours", "by about 1800 hrs", "until shortly after 0600 hours". */
const MOMENT_BEFORE = /\b(?:at|by|until|till|from|since)(?:[\s\u00a0]+(?:about|around|approximately|roughly|shortly|just|before|after))*[\s\u00a0]+$/i;
/** What the hours are of: a count of hours ("1500 hours of community service"). */
const OF_AFTER = /^[\s\u00a0]+of\b/i;

export interface MilitaryHours {
  /** "HH:MM" */
  hhmm: string;
  end: number;
  /** A zone after it that is UTC ("GMT", "UTC", "Z"). */
  utc: boolean;
}

/** The military clock time at `pos` of `text`, or null. */
export function militaryHoursAt(text: string, pos: number): MilitaryHours | null {
  const m = at(MILITARY_HOURS, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  if (OF_AFTER.test(text.slice(end, end + 5))) return null;
  const zone = m[3];
  if (!zone && m[1]![0] !== "0" && !MOMENT_BEFORE.test(before(text, pos, 40))) return null;
  return { hhmm: `${m[1]}:${m[2]}`, end, utc: zone !== undefined && /GMT|UTC|Z/.test(zone) };
}
