/**
 * Bare 24-hour clock times told as a span with a zone, and zones spelled out: "between 07:28 and
 * 08:06 Coordinated Universal Time", "from 22:10 to 23:45 GMT", "14:05-14:40 UTC", "at 09:15
 * Greenwich Mean Time". A bare "H:MM" is read as a clock only with a cue (clock.ts: a zone, "at",
 * "by" …); in a span the zone is written once, after the second clock, and it is the first's cue
 * too. Both clocks must be times of day (hour 0–23, minutes 00–59) and the second must carry a
 * zone or a.m./p.m.: a score ("won 3-1"), a ratio ("a 3:1 split"), a verse ("John 3:16") or a
 * span of lap times ("between 4:02 and 4:10") has none.
 */

/** Zones spelled out that are Coordinated Universal Time: "Coordinated Universal Time", "Greenwich Mean Time", "Universal Time". */
export const SPELLED_UTC = "(?:Coordinated[\\s\\u00a0]+Universal[\\s\\u00a0]+Time|Greenwich[\\s\\u00a0]+Mean[\\s\\u00a0]+Time|Universal[\\s\\u00a0]+Time)(?:[\\s\\u00a0]*\\((?:UTC|GMT)\\))?";

/** A zone that is UTC, in the text of a matched clock: "GMT", "UTC", "Z", or spelled out. */
export const UTC_ZONE = /GMT|UTC|Z\b|Universal[\s\u00a0]+Time|Greenwich[\s\u00a0]+Mean[\s\u00a0]+Time/;

const ZONE_AFTER = `[\\s\\u00a0]*\\(?(?:GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|PKT|AEST|AEDT|JST|local[\\s\\u00a0]+time|${SPELLED_UTC})\\)?`;
const MERIDIEM_AFTER = "[\\s\\u00a0]*[AaPp]\\.?[\\s\\u00a0]?[Mm]\\.?";

/** After a first clock: " and 08:06 UTC", " to 23:45 GMT", "-14:40 UTC", " until 9:30 p.m.". */
const SECOND_CLOCK = new RegExp(
  `^(?:[\\s\\u00a0]+(?:and|to|until|till)[\\s\\u00a0]+|[\\s\\u00a0]*[-\\u2013][\\s\\u00a0]*)([01]?\\d|2[0-3]):([0-5]\\d)(?:${ZONE_AFTER}|${MERIDIEM_AFTER})(?![\\p{L}\\p{N}_])`,
  "u",
);
/** Before a first clock: "between", "from", or nothing for a dashed span. */
const OPENS_SPAN = /(?:^|[^\p{L}])(?:[Bb]etween|[Ff]rom)[\s\u00a0]+$/u;

/**
 * Whether the bare clock ending at `end` (written from `start`) is the first of a span whose second
 * clock carries a zone or a.m./p.m.: "between 07:28 and 08:06 Coordinated Universal Time",
 * "from 22:10 to 23:45 GMT", "14:05-14:40 UTC". Null when not ("between 3:16 and 3:18": no zone;
 * "a 3-1 win": no clock); else whether the span's zone is UTC, which the first clock shares.
 */
export function spanGivesCue(text: string, start: number, end: number): { utc: boolean } | null {
  const m = SECOND_CLOCK.exec(text.slice(end, end + 60));
  if (!m) return null;
  const dashed = /^[\s\u00a0]*[-\u2013]/.test(m[0]);
  if (!dashed && !OPENS_SPAN.test(text.slice(Math.max(0, start - 10), start))) return null;
  return { utc: UTC_ZONE.test(m[0].slice(m[0].indexOf(":") + 3)) };
}
