/**
 * Named days of the calendar: "Christmas", "New Year's Day", "Easter", "Thanksgiving",
 * "Labor Day". Owns the names as written and the day each falls on in a given year: fixed
 * days (Christmas: December 25), the n-th weekday of a month (Thanksgiving: the fourth Thursday
 * of November, US), days counted from Easter (Good Friday: two days before it), and a few days
 * of history that keep their name ("D-Day", "Black Monday" of the 1987 crash).
 * Lunar and regional feasts (Ramadan, Diwali, Chinese New Year) are not here: their day moves
 * with a calendar this module does not compute.
 */
import { addDays, daysInMonth, weekday, type Ymd } from "./calendar.js";
import { wordTable } from "../word-table.js";

type Rule =
  | { kind: "fixed"; m: number; d: number }
  /** a day of history: "D-Day" is 1944-06-06 whatever year the text speaks of */
  | { kind: "event"; y: number; m: number; d: number }
  /** n-th (1-based; -1 = last) weekday (0 = Sunday) of month m */
  | { kind: "nth"; m: number; wd: number; n: number; offset?: number }
  | { kind: "easter"; offset: number };

const RULES = wordTable<Rule>({
  christmas: { kind: "fixed", m: 12, d: 25 },
  "christmas day": { kind: "fixed", m: 12, d: 25 },
  "christmas eve": { kind: "fixed", m: 12, d: 24 },
  "boxing day": { kind: "fixed", m: 12, d: 26 },
  "new year's day": { kind: "fixed", m: 1, d: 1 },
  "new year's": { kind: "fixed", m: 1, d: 1 },
  "new year's eve": { kind: "fixed", m: 12, d: 31 },
  halloween: { kind: "fixed", m: 10, d: 31 },
  "valentine's day": { kind: "fixed", m: 2, d: 14 },
  "st. patrick's day": { kind: "fixed", m: 3, d: 17 },
  "st patrick's day": { kind: "fixed", m: 3, d: 17 },
  "may day": { kind: "fixed", m: 5, d: 1 },
  "independence day": { kind: "fixed", m: 7, d: 4 },
  "bastille day": { kind: "fixed", m: 7, d: 14 },
  "veterans day": { kind: "fixed", m: 11, d: 11 },
  "armistice day": { kind: "fixed", m: 11, d: 11 },
  "remembrance day": { kind: "fixed", m: 11, d: 11 },
  "martin luther king day": { kind: "nth", m: 1, wd: 1, n: 3 },
  "martin luther king jr. day": { kind: "nth", m: 1, wd: 1, n: 3 },
  "presidents day": { kind: "nth", m: 2, wd: 1, n: 3 },
  "presidents' day": { kind: "nth", m: 2, wd: 1, n: 3 },
  "mother's day": { kind: "nth", m: 5, wd: 0, n: 2 },
  "memorial day": { kind: "nth", m: 5, wd: 1, n: -1 },
  "father's day": { kind: "nth", m: 6, wd: 0, n: 3 },
  "labor day": { kind: "nth", m: 9, wd: 1, n: 1 },
  "columbus day": { kind: "nth", m: 10, wd: 1, n: 2 },
  thanksgiving: { kind: "nth", m: 11, wd: 4, n: 4 },
  "thanksgiving day": { kind: "nth", m: 11, wd: 4, n: 4 },
  "black friday": { kind: "nth", m: 11, wd: 4, n: 4, offset: 1 },
  "cyber monday": { kind: "nth", m: 11, wd: 4, n: 4, offset: 4 },
  easter: { kind: "easter", offset: 0 },
  "easter sunday": { kind: "easter", offset: 0 },
  "easter monday": { kind: "easter", offset: 1 },
  "good friday": { kind: "easter", offset: -2 },
  "palm sunday": { kind: "easter", offset: -7 },
  "d-day": { kind: "event", y: 1944, m: 6, d: 6 },
  "v-e day": { kind: "event", y: 1945, m: 5, d: 8 },
  "ve day": { kind: "event", y: 1945, m: 5, d: 8 },
  "v-j day": { kind: "event", y: 1945, m: 8, d: 15 },
  "vj day": { kind: "event", y: 1945, m: 8, d: 15 },
  "black tuesday": { kind: "event", y: 1929, m: 10, d: 29 },
  "black monday": { kind: "event", y: 1987, m: 10, d: 19 },
});

/** Regex source for a holiday name as written (capitalized): "Christmas Eve", "New Year's Day". */
export const HOLIDAY =
  "Christmas(?:[ \\u00a0](?:Day|Eve))?|Boxing[ \\u00a0]Day|New[ \\u00a0]Year['’]s(?:[ \\u00a0](?:Day|Eve))?|Hallowe['’]?en|Valentine['’]s[ \\u00a0]Day|St\\.?[ \\u00a0]Patrick['’]s[ \\u00a0]Day|May[ \\u00a0]Day|Independence[ \\u00a0]Day|Bastille[ \\u00a0]Day|Veterans['’]?[ \\u00a0]Day|Armistice[ \\u00a0]Day|Remembrance[ \\u00a0]Day|Martin[ \\u00a0]Luther[ \\u00a0]King(?:[ \\u00a0]Jr\\.?)?[ \\u00a0]Day|Presidents['’]?[ \\u00a0]Day|Mother['’]s[ \\u00a0]Day|Memorial[ \\u00a0]Day|Father['’]s[ \\u00a0]Day|Labor[ \\u00a0]Day|Columbus[ \\u00a0]Day|Thanksgiving(?:[ \\u00a0]Day)?|Black[ \\u00a0]Friday|Cyber[ \\u00a0]Monday|Easter(?:[ \\u00a0](?:Sunday|Monday))?|Good[ \\u00a0]Friday|Palm[ \\u00a0]Sunday|D-Day|V-?E[ \\u00a0]Day|V-?J[ \\u00a0]Day|Black[ \\u00a0](?:Monday|Tuesday)";

/** The first words of the names, for the anchor scan: "Christmas", "New Year", "Labor Day". */
export const HOLIDAY_START =
  "Christmas|Boxing Day|New Year|Halloween|Hallowe'en|Valentine|St\\.? Patrick|May Day|Independence Day|Bastille Day|Veterans'? Day|Armistice Day|Remembrance Day|Martin Luther King|Presidents'? Day|Mother's Day|Memorial Day|Father's Day|Labor Day|Columbus Day|Thanksgiving|Black Friday|Cyber Monday|Easter|Good Friday|Palm Sunday|D-Day|V-?E Day|V-?J Day|Black Monday|Black Tuesday";

function key(name: string): string {
  return name.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/’/g, "'").replace(/^hallowe'?en$/, "halloween").replace(/^veterans' day$/, "veterans day");
}

/** Month and day of a holiday that falls on the same date every year ("Christmas"); null otherwise. */
export function fixedHoliday(name: string): { m: number; d: number } | null {
  const rule = RULES[key(name)];
  return rule?.kind === "fixed" || rule?.kind === "event" ? { m: rule.m, d: rule.d } : null;
}

/** The year of a day of history ("D-Day" → 1944); null for yearly holidays. */
export function eventYear(name: string): number | null {
  const rule = RULES[key(name)];
  return rule?.kind === "event" ? rule.y : null;
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus. */
export function easterSunday(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The day a holiday falls on in year y; null if the name is not a known holiday. */
export function holidayDay(name: string, y: number): Ymd | null {
  const rule = RULES[key(name)];
  if (!rule) return null;
  if (rule.kind === "fixed") return { y, m: rule.m, d: rule.d };
  if (rule.kind === "event") return { y: rule.y, m: rule.m, d: rule.d };
  if (rule.kind === "easter") return addDays(easterSunday(y), rule.offset);
  let day: Ymd;
  if (rule.n > 0) {
    const first = { y, m: rule.m, d: 1 };
    day = addDays(first, ((rule.wd - weekday(first) + 7) % 7) + 7 * (rule.n - 1));
  } else {
    const last = { y, m: rule.m, d: daysInMonth(y, rule.m) };
    day = addDays(last, -((weekday(last) - rule.wd + 7) % 7));
  }
  return addDays(day, rule.offset ?? 0);
}
