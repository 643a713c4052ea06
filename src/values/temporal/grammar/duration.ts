/**
 * Lengths of time and recurrences. Durations: "four years", "a month", "two decades" (P20Y),
 * "several months" (PXM), "the past three decades", "the past few days", "the coming weeks", "coming days", "the months ahead" (PXM), "a two-year deal", "more than a decade"
 * (mod MORE_THAN), "for months", "a month-long strike", "decades-long", "a 62-year-old" (an age
 * is a duration in TimeML), "single-day", the "60" of "between 60 and 90 days" (P60D). Sets: "every week" (P1W), "each year", "annually", "weekly",
 * "twice a year", "15 a year" (a rate), "annual", "every Monday" and "on Mondays" (XXXX-WXX-1), "each spring" (XXXX-SP).
 */
import { COUNT, UNIT, WEEKDAY, cap, countValue, durationTimex, seasonCode, unitOf, weekdayNumber } from "../lexicon.js";
import { gamePeriod } from "./game-period.js";
import { type Hit, at, before, stickies, sticky } from "./hit.js";
import { militaryHoursAt } from "./military-hours.js";
import { MIXED_NUMBER_SOURCE, afterFractionSlash, mixedValue, readMixedNumber } from "../../mixed-numbers.js";
import { wordTable } from "../../word-table.js";

/** A unit of length or weight right after "quarter": "a quarter mile", "a quarter-pound", "three quarter inch". */
const QUARTER_OF_A_MEASURE = /^[\s\u00a0-](?:miles?|kilomet(?:re|er)s?|km|metres?|meters?|feet|foot|inch(?:es)?|pounds?|tons?|tonnes?|acres?|gallons?|litres?|liters?)\b/i;

const SP = "[\\s\\u00a0]+";
const END = "(?![\\p{L}\\p{N}_])";
const MODIFIER = "more than|over|less than|under|nearly|almost|about|around|roughly|approximately|some|at least|at most|up to|just over|just under|well over";
const RE = stickies({
  duration: new RegExp(
    `(?:(${cap(MODIFIER)})${SP})?(?:(${cap("the")})${SP}(${cap("past|last|next|coming|first|previous|following|final|initial")})${SP})?(${COUNT}|${cap("half an?|a half")}|few)(?:${SP}and a half)?(?:-|${SP})(?:(${cap("consecutive|straight|successive|more|additional|further|full|trading|business|working|calendar")})${SP})?(${UNIT})(?:${SP}and a half)?(?:-long|-old)?${END}`,
    "yu",
  ),
  /** "month-long", "year-long", "decades-long", "months-long" */
  long: new RegExp(`(${cap("second|minute|hour|day|week|month|year|decade|century")}|${cap("seconds|minutes|hours|days|weeks|months|years|decades|centuries")})-long${END}`, "yu"),
  vague: new RegExp(`(${cap("years|months|weeks|days|decades|centuries|hours|minutes|seconds")})${END}`, "yu"),
  /** "single-day", "single-session" */
  single: new RegExp(`${cap("single")}-(day|session|week|month|year)${END}`, "yu"),
  /** "between 60 and 90 days", "30 to 45 minutes": the first number shares the second's unit */
  sharedUnit: new RegExp(`(${COUNT})(?=${SP}(?:and|to|or)${SP}(?:${COUNT})(?:-|${SP})(${UNIT})${END}|[\\s\\u00a0]*[-–][\\s\\u00a0]*\\d+(?:-|${SP})(${UNIT})${END})`, "yu"),
  /** "the coming weeks", "the past months", "the following days": an unspecified stretch */
  theVague: new RegExp(`(?:(${cap("the")})${SP}(?:(?:very|last|past|next|coming|previous|following|preceding|succeeding|intervening|ensuing|recent)${SP})+|(${cap("coming|recent")})${SP})(years|months|weeks|days|decades|centuries|hours)${END}|(${cap("the")})${SP}(years|months|weeks|days|decades)${SP}ahead${END}`, "yu"),
  every: new RegExp(`(${cap("every|each|per")})${SP}(?:(${COUNT}|other)${SP})?(${UNIT}|${WEEKDAY}|spring|summer|autumn|fall|winter)${END}`, "yu"),
  /** "on Mondays": every Monday */
  weekdays: new RegExp(`(${WEEKDAY.replace(/\|/g, "s|")}s)${END}`, "yu"),
  adverb: new RegExp(`(${cap("annually|annual|yearly|weekly|daily|monthly|hourly|quarterly|biannually|biennially|fortnightly|nightly")})${END}`, "yu"),
  times: new RegExp(`(${cap("once|twice|thrice")}|\\w+${SP}times)${SP}(?:a|an|per|each|every)${SP}(${UNIT})${END}`, "yu"),
});
/** "4½ months", "about 4 1/2 years", "served 41/2 months" (a glued "½"): a mixed number of units. */
const MIXED_DURATION = sticky(new RegExp(
  `(?:(${cap(MODIFIER)})${SP})?(${MIXED_NUMBER_SOURCE})(?:-|${SP})(${UNIT})(?:-long|-old)?${END}`,
  "yu",
));
/**
 * Hours and minutes told together, one length of time: "2hr 10 mins", "2 hours 30 minutes", "3 hrs
 * and 20 mins", "1h 4m", "about 1 hour, 15 minutes". Read as minutes (64, 150, 200, 64, 75). Not
 * "2 hours 75 minutes" (minutes past 59), nor "2 hours 30 people", "1h 4" (no unit of minutes).
 */
const HOURS_MINUTES = sticky(new RegExp(
  `(?:(${cap(MODIFIER)})${SP})?(\\d{1,3})[\\s\\u00a0]*(?:hours?|hrs?|h)(?:,?${SP}(?:and${SP})?|[\\s\\u00a0]*)(\\d{1,2})[\\s\\u00a0]*(?:minutes?|mins?|m)${END}`,
  "yu",
));
/**
 * A fraction of a long unit written as one length: "a quarter-century" (25 years), "nearly a quarter of a
 * century", "three-quarters of a century" (75), "a half-century", "half-decade" (5). Not "a quarter mile",
 * "the third quarter", "a quarter of the century's output" (no "a" before the unit after "of").
 */
const FRACTION_OF_UNIT = sticky(new RegExp(
  `(?:(${cap(MODIFIER)})${SP})?(?:(${cap("a|an|one|three")})(?:-|${SP}))?(${cap("quarters?|half")})(?:-|${SP}(?:(?:of${SP})?an?${SP})?)(decade|century|millennium)(?:-long|-old)?${END}`,
  "yu",
));
const UNIT_YEARS = wordTable<number>({ decade: 10, century: 100, millennium: 1000 });
const MOD = wordTable<string>({
  "more than": "MORE_THAN", over: "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN", "less than": "LESS_THAN", under: "LESS_THAN", "just under": "LESS_THAN",
  nearly: "LESS_THAN", almost: "LESS_THAN", about: "APPROX", around: "APPROX", roughly: "APPROX", approximately: "APPROX", some: "APPROX",
  "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
});
const ADVERB_PERIOD = wordTable<string>({
  annually: "P1Y", annual: "P1Y", yearly: "P1Y", weekly: "P1W", daily: "P1D", monthly: "P1M", hourly: "PT1H", quarterly: "P1Q", biannually: "P6M", biennially: "P2Y", fortnightly: "P2W", nightly: "P1D",
});
/**
 * "$5 a day", "300 people a day", "4,000 gallons of water a minute": a number (and its noun, with
 * what it is "of") right before "a day" makes a rate.
 */
const RATE_BEFORE = /\d(?:[\d,.]*\d)?(?:[\s\u00a0]+\p{L}+)?(?:[\s\u00a0]+of[\s\u00a0]+\p{L}+)?[\s\u00a0]+$/u;
/** Words after "a week" that make it a distance in time from something, not a rate: "three rounds of talks a week later". */
const NOT_A_RATE_AFTER = /^[\s\u00a0]+(?:later|earlier|ago|before|after|since)\b/;
/** Before a bare plural ("for years", "over decades"): only then is it a duration. */
const VAGUE_CUE = /\b(?:[Ff]or|[Oo]ver|[Ww]ithin|[Ff]ew|[Ss]everal|[Ff]or many|[Ii]n|[Ii]n just|[Oo]ver the|[Ii]n the|[Ff]or the|[Dd]uring the)[\s\u00a0]+$/;

export function parseDuration(text: string, pos: number): Hit | null {
  // "41 / 2 months", "3/4 of an hour": the denominator of a fraction is not a count of units
  if (afterFractionSlash(text, pos)) return null;
  // "at 1100 hours": a time of day (clock.ts), not 1,100 hours
  if (militaryHoursAt(text, pos)) return null;
  let m = at(HOURS_MINUTES, text, pos);
  if (m && Number(m[3]) < 60) {
    const [hours, minutes] = [Number(m[2]), Number(m[3])];
    const mod = m[1] ? (MOD[m[1].toLowerCase()] ?? null) : null;
    return {
      start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: mod === "APPROX", pattern: "duration/hours-minutes",
      timex: { type: "DURATION", value: `PT${hours}H${minutes}M`, mod }, amount: { count: hours * 60 + minutes, unit: "minute" },
    };
  }
  m = at(MIXED_DURATION, text, pos);
  if (m) {
    const mixed = readMixedNumber(text, pos + m[0].indexOf(m[2]!));
    if (mixed) {
      const count = mixedValue(mixed);
      const unit = unitOf(m[3]!);
      const mod = m[1] ? (MOD[m[1].toLowerCase()] ?? null) : null;
      return {
        start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: mod === "APPROX", pattern: "duration/mixed-number-unit",
        timex: { type: "DURATION", value: durationTimex(count, unit), mod }, amount: { count, unit },
      };
    }
  }
  m = at(FRACTION_OF_UNIT, text, pos);
  if (m && !(m[3]!.toLowerCase() === "quarters" && m[2]?.toLowerCase() !== "three")) {
    const part = m[3]!.toLowerCase().startsWith("half") ? 0.5 : m[2]?.toLowerCase() === "three" ? 0.75 : 0.25;
    const count = part * UNIT_YEARS[m[4]!.toLowerCase()]!;
    const mod = m[1] ? (MOD[m[1].toLowerCase()] ?? null) : null;
    return {
      start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: mod === "APPROX", pattern: "duration/fraction-of-unit",
      timex: { type: "DURATION", value: durationTimex(count, "year"), mod }, amount: { count, unit: "year" },
    };
  }
  m = at(RE.duration, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const raw = m[4]!.toLowerCase();
    if (raw === "few" && !m[2]) return null; // "the past few days", not "few days"
    let count = /^half an?$|^a half$/.test(raw) ? 0.5 : raw === "few" ? null : countValue(raw);
    if (count === undefined) return null;
    if (count !== null && / and a half/.test(m[0])) count += 0.5;
    const unit = unitOf(m[6]!);
    if ((raw === "a" || raw === "an") && unit === "second") return null; // "a second A380" is an ordinal
    // "a quarter of its dealers", "three quarters, of …": fractions, not lengths of time
    if (unit === "quarter" && !m[5] && /^(a|an|one|three)$/.test(raw) && /^,?[\s\u00a0]+of\b/.test(text.slice(end, end + 5))) return null;
    // "a quarter mile", "a quarter-mile stretch": a part of a unit of length or weight, not three months
    if (unit === "quarter" && !m[5] && QUARTER_OF_A_MEASURE.test(text.slice(end, end + 14))) return null;
    // "his first touchdown in nine quarters", "a four-quarter comeback": quarters of play, not months
    if (unit === "quarter" && gamePeriod(text, pos, end)) return null;
    // "15 a year", "$5 a day": after a number, "a year" is a rate — a recurrence (SET P1Y).
    if ((raw === "a" || raw === "an") && !m[1] && !m[2] && !m[5] && RATE_BEFORE.test(before(text, pos, 40)) && !NOT_A_RATE_AFTER.test(text.slice(end, end + 8))) {
      return setHit(pos, end, durationTimex(1, unit), "set/rate");
    }
    // "over the past three decades": "over" is a preposition there, not "more than".
    const mod = m[1] && !m[2] ? (MOD[m[1].toLowerCase()] ?? null) : null;
    if (m[1] && m[2]) return parseDuration(text, pos + m[0].indexOf(m[2]));
    return {
      start: pos, end, kind: "duration", period: null, relative: false, approximate: mod === "APPROX", pattern: m[2] ? "duration/the-past-count" : "duration/count-unit",
      timex: { type: "DURATION", value: durationTimex(count, unit), mod }, amount: { count, unit },
    };
  }
  m = at(RE.single, text, pos);
  if (m) {
    const unit = unitOf(m[1] === "session" ? "day" : m[1]!);
    return {
      start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: false, pattern: "duration/single-unit",
      timex: { type: "DURATION", value: durationTimex(1, unit), mod: null }, amount: { count: 1, unit },
    };
  }
  m = at(RE.sharedUnit, text, pos);
  if (m) {
    const count = countValue(m[1]!);
    if (typeof count === "number" && count > 0 && !/^(a|an)$/i.test(m[1]!)) {
      const unit = unitOf(m[2] ?? m[3]!);
      return {
        start: pos, end: pos + m[1]!.length, kind: "duration", period: null, relative: false, approximate: false, pattern: "duration/shared-unit",
        timex: { type: "DURATION", value: durationTimex(count, unit), mod: null }, amount: { count, unit },
      };
    }
  }
  m = at(RE.long, text, pos);
  if (m) {
    const plural = /s$/.test(m[1]!) && !/^centur/i.test(m[1]!) || /ies$/.test(m[1]!);
    const unit = unitOf(m[1]!);
    const count = plural ? null : 1;
    return {
      start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: false, pattern: "duration/unit-long",
      timex: { type: "DURATION", value: durationTimex(count, unit), mod: null }, amount: { count, unit },
    };
  }
  m = at(RE.theVague, text, pos);
  if (m) {
    const unit = unitOf(m[3] ?? m[5]!);
    return {
      start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: false, pattern: "duration/the-coming-units",
      timex: { type: "DURATION", value: durationTimex(null, unit), mod: null }, amount: { count: null, unit },
    };
  }
  m = at(RE.vague, text, pos);
  if (m && VAGUE_CUE.test(before(text, pos, 12))) {
    const unit = unitOf(m[1]!);
    return {
      start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: false, pattern: "duration/vague-plural",
      timex: { type: "DURATION", value: durationTimex(null, unit), mod: null }, amount: { count: null, unit },
    };
  }
  return null;
}

export function parseSet(text: string, pos: number): Hit | null {
  let m = at(RE.every, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const wd = weekdayNumber(m[3]!);
    if (wd !== null && /^[A-Z]/.test(m[3]!)) return setHit(pos, end, `XXXX-WXX-${wd}`, "set/every-weekday");
    if (/^(spring|summer|autumn|fall|winter)$/.test(m[3]!)) return m[2] === undefined ? setHit(pos, end, `XXXX-${seasonCode(m[3]!)}`, "set/every-season") : null;
    const count = m[2] === undefined ? 1 : m[2] === "other" ? 2 : countValue(m[2]);
    if (count === undefined) return null;
    return setHit(pos, end, durationTimex(count, unitOf(m[3]!)), "set/every-unit");
  }
  m = at(RE.weekdays, text, pos);
  if (m) return setHit(pos, pos + m[0].length, `XXXX-WXX-${weekdayNumber(m[1]!)}`, "set/weekdays");
  m = at(RE.adverb, text, pos);
  if (m) return setHit(pos, pos + m[0].length, ADVERB_PERIOD[m[1]!.toLowerCase()]!, "set/adverb");
  m = at(RE.times, text, pos);
  if (m) return setHit(pos, pos + m[0].length, durationTimex(1, unitOf(m[2]!)), "set/times-per-unit");
  return null;
}

function setHit(start: number, end: number, value: string, pattern: string): Hit {
  return { start, end, kind: "set", period: null, relative: false, approximate: false, pattern, timex: { type: "SET", value, mod: null } };
}
