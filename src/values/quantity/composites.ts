/**
 * Counts read together, after the grammar has read each number on its own:
 * - composites: "two women and one man" is one count of 3 people made of 2 women and 1 man;
 *   "shot two women and left a man wounded" is one count of 3 people shot, made of 2 and 1;
 *   "three adults, two children and a baby" of 6; "a man and a woman" of 2 where the sentence
 *   counts them ("a man and a woman were killed", "killing a man and a woman");
 * - partitives: "three of the five hostages" is 3 hostages of a whole of 5, and the 5 is not a
 *   figure of its own unless a possessive names its holder ("two of her five sons": she has five);
 *   "two of the victims" counts victims;
 * - increments: "two more victims", "a further 300", "another 12 people", "an additional 50
 *   troops" add to an earlier figure (Mention.increment) and count the noun after "more".
 * The parts and the whole stay readable on the mention (Mention.parts, Mention.whole) for the frame
 * stage, which gives the composite its predicate.
 */
import type { Mention, QuantityValue } from "../../types.js";
import { readCounted, unitOfCounted } from "./counted.js";
import { isPersonNoun } from "./people.js";

/** Where the counted noun phrase of a count ends ("two women" → after "women"), or the mention's end. */
function phraseEnd(text: string, m: Mention): number {
  const end = m.offset + m.length;
  if (!m.counted) return end;
  const at = text.slice(end, end + 60 + m.counted.length).toLowerCase().indexOf(m.counted);
  return at < 0 ? end : end + at + m.counted.length;
}

function isPeopleCount(m: Mention): boolean {
  return m.kind === "quantity" && m.value?.type === "quantity" && m.value.unit === "person" && m.counted !== null && m.counted !== undefined && !m.whole && !WHAT_HAPPENED.test(m.counted);
}

/** "65 killed, 135 wounded": counts of what happened to people are different figures, not parts of one. */
const WHAT_HAPPENED = /(?:^|\s)(?:killed|dead|wounded|injured|missing|displaced|homeless|hurt|maimed|captured|arrested)$/;

/** "a man", "an elderly woman", "one child": one person named by an article and a person noun. */
const INDEFINITE = /(?<![\p{L}])([Aa]n?)[ \t]+(?:(?:elderly|young|old|teenage|little|pregnant|local|third|fourth)[ \t]+)?([A-Za-z][a-z'-]*)(?![\p{L}])/uy;

function indefinitePerson(text: string, at: number): Mention | null {
  INDEFINITE.lastIndex = at;
  const m = INDEFINITE.exec(text);
  if (!m) return null;
  const noun = m[2]!;
  if (!isPersonNoun(noun.toLowerCase(), noun) || /s$/.test(noun) && noun !== "boss") return null;
  const value: QuantityValue = { type: "quantity", min: 1, max: 1, unit: "person", approximate: false, qualifier: null, nominal: 1 };
  return { offset: at, length: m[1]!.length, text: m[1]!, kind: "quantity", value, timex: null, relative: false, pattern: "quantity/indefinite-person", counted: noun.toLowerCase() };
}

/** Between two parts of a list: "and", ",", ", and", "plus". */
const JOIN = /^(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|plus)[ \t]+)$/i;
/**
 * Between the people a gunman shot dead and the one shot but left alive: "gunned down two women
 * and leaving a man wounded", "shot two, wounding a third". Those hit are one count (3) made of
 * both; only after a verb of shooting (SHOT_BEFORE), and after "leaving"/"left" only when the
 * second part is then said to be wounded (WOUNDED_AFTER).
 */
const SHOT_JOIN = /^[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?(leaving|left|wounding|injuring|wounded|injured)[ \t]+$/i;
const SHOT_BEFORE = /\b(?:shot|shoots?|shooting|gunned[ \t]+down|guns?[ \t]+down|gunning[ \t]+down|opened[ \t]+fire[ \t]+on)[ \t]+$/i;
const WOUNDED_AFTER = /^[ \t]+(?:(?:critically|seriously|badly|gravely)[ \t]+)?(?:wounded|injured|hurt)\b/i;

/** Whether parts `a` and `b` are the dead and the wounded of one shooting (see SHOT_JOIN). */
function shotTogether(text: string, a: Part, b: Part): boolean {
  const join = SHOT_JOIN.exec(text.slice(a.end, b.mention.offset));
  if (!join || !SHOT_BEFORE.test(text.slice(Math.max(0, a.mention.offset - 24), a.mention.offset))) return false;
  return !/^le/i.test(join[1]!) || WOUNDED_AFTER.test(text.slice(b.end, b.end + 30));
}

/** A list of indefinite persons is a count where the sentence counts them: a plural verb after, a verb of harm before. */
const COUNTED_AFTER = /^[ \t]*[,\-–—]?[ \t]*(?:were|are|have[ \t]+been|had[ \t]+been|died|remain|remained|survived|perished|drowned)\b/i;
const COUNTED_BEFORE = /\b(?:killing|killed|kills|injuring|injured|wounding|wounded|shot|shooting|stabbed|stabbing|rescued|arrested|hurt|leaving|left|including|among[ \t]+them|victims[ \t]+were|dead[ \t]+are|dead[ \t]+were)[ \t]*[:,]?[ \t]+$/i;

function sum(parts: readonly Mention[]): QuantityValue {
  const values = parts.map((p) => p.value as QuantityValue);
  const add = (k: "min" | "max" | "nominal"): number | null =>
    values.every((v) => v[k] !== null) ? values.reduce((s, v) => s + (v[k] as number), 0) : null;
  return { type: "quantity", min: add("min"), max: add("max"), unit: "person", approximate: values.some((v) => v.approximate), qualifier: null, nominal: add("nominal") };
}

/** Counted nouns that name people in general: a list after them spells them out. */
const GENERIC_PEOPLE = /^(?:people|persons|individuals|victims|dead|casualties|bodies|others|civilians|residents|passengers|workers|employees|members)$/;

/** Who people are by sex and age, words that describe a count rather than add to it. */
const DESCRIPTIVE_PEOPLE = /^(?:(?:elderly|young|old|teenage|little)[ \t]+)?(?:man|men|woman|women|boy|boys|girl|girls|child|children|adult|adults|baby|babies|teenager|teenagers|infant|infants)$/;

/** A part of a possible list, with where its noun phrase ends. */
interface Part {
  mention: Mention;
  end: number;
  indefinite: boolean;
}

/** People counts, and indefinite persons ("a man") that no count covers, in order. */
function partsOf(text: string, counts: readonly Mention[]): Part[] {
  const parts: Part[] = counts.filter(isPeopleCount).map((m) => ({ mention: m, end: phraseEnd(text, m), indefinite: false }));
  const article = /(?<![\p{L}])an?[ \t]/giu;
  // counts are sorted by position and so are the articles: one sweep tells which a count covers
  let k = 0;
  for (let m = article.exec(text); m; m = article.exec(text)) {
    const person = indefinitePerson(text, m.index);
    if (!person) continue;
    const end = m.index + text.slice(m.index, m.index + 80).toLowerCase().indexOf(person.counted!) + person.counted!.length;
    while (k < counts.length && counts[k]!.offset + counts[k]!.length <= m.index) k++;
    let covered = false;
    for (let j = k; j < counts.length && counts[j]!.offset < end; j++) if (m.index < counts[j]!.offset + counts[j]!.length) covered = true;
    if (covered) continue;
    parts.push({ mention: person, end, indefinite: true });
  }
  return parts.sort((a, b) => a.mention.offset - b.mention.offset);
}

/**
 * The composites of `text`: each run of two or more people parts joined by "and" or commas becomes
 * one mention whose parts are the counts ("two women and one man", "a man and two women"). A run
 * of indefinite persons only ("a man and a woman") is a count where the sentence counts it.
 */
function composites(text: string, counts: readonly Mention[]): Mention[] {
  const parts = partsOf(text, counts);
  const out: Mention[] = [];
  let i = 0;
  while (i < parts.length) {
    let j = i;
    while (parts[j + 1] && JOIN.test(text.slice(parts[j]!.end, parts[j + 1]!.mention.offset))) j++;
    if (j === i && parts[i + 1] && shotTogether(text, parts[i]!, parts[i + 1]!)) j = i + 1;
    let run = parts.slice(i, j + 1);
    i = j + 1;
    // "three people, a man and two women": what follows the comma spells out the first count (an
    // apposition), it does not add to it
    if (run.length >= 3 || (run.length === 2 && /,/.test(text.slice(run[0]!.end, run[1]!.mention.offset)))) {
      const rest = sum(run.slice(1).map((p) => p.mention));
      const head = run[0]!.mention;
      const generic = GENERIC_PEOPLE.test(head.counted ?? "");
      // "two officers, a man and a woman" spells out the officers only when the rest says what kind of
      // people they are (men, women, children) and adds up to them; "two nurses, one doctor and a
      // driver" is a list
      const describes = run.slice(1).every((p) => DESCRIPTIVE_PEOPLE.test(p.mention.counted ?? "")) && rest.nominal !== null && rest.nominal === (head.value as QuantityValue).nominal;
      if (/^[ \t]*,/.test(text.slice(run[0]!.end, run[1]!.mention.offset)) && (generic || describes)) {
        run = run.slice(1);
      }
    }
    if (run.length < 2) continue;
    const start = run[0]!.mention.offset;
    const end = run[run.length - 1]!.end;
    if (run.every((p) => p.indefinite)) {
      const counted = COUNTED_AFTER.test(text.slice(end, end + 24)) || COUNTED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
      if (!counted) continue;
    }
    const members = run.map((p) => p.mention);
    out.push({
      offset: start, length: end - start, text: text.slice(start, end), kind: "quantity", value: sum(members), timex: null,
      relative: false, pattern: "quantity/composite", counted: members.map((p) => p.counted).join(" and "), parts: members,
    });
  }
  return out;
}

/** "of the", "of its", "out of": between a part and its whole. */
const PARTITIVE = /^[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+|these[ \t]+|those[ \t]+|its[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+|our[ \t]+|all[ \t]+)?$/i;

/** Words before a count that make it an addition: "another 12", "a further 300", "an additional 50". */
const INCREMENT_BEFORE = /(?:^|[^\p{L}])(?:another|(?:a[ \t]+)?further|(?:an[ \t]+)?additional|(?:an[ \t]+)?extra)[ \t]+$/iu;
/** "two more victims", "12 more", "50 additional troops": not "more than". */
const INCREMENT_AFTER = /^[ \t]+(more|additional|extra|further)\b(?![ \t]+than\b)/i;

/**
 * Partitives, increments and composites over the counts of `text` (sorted by position). Returns
 * the new list: a partitive's whole and a composite's parts are no longer listed on their own.
 */
export function readCountsTogether(text: string, counts: readonly Mention[]): Mention[] {
  let list = counts.map((m) => increment(text, m));
  list = partitives(text, list);
  const made = composites(text, list);
  const inParts = new Set(made.flatMap((c) => c.parts ?? []));
  list = list.filter((m) => !inParts.has(m));
  for (const m of made) list.push(m); // no spread: one long sentence can make more than a call takes
  return list.sort((a, b) => a.offset - b.offset || b.length - a.length);
}

function increment(text: string, m: Mention): Mention {
  if (m.kind !== "quantity" || m.value?.type !== "quantity" || m.value.unit === "ordinal") return m;
  const end = m.offset + m.length;
  const after = INCREMENT_AFTER.exec(text.slice(end, end + 20));
  const before = INCREMENT_BEFORE.test(text.slice(Math.max(0, m.offset - 16), m.offset));
  if (!after && !before) return m;
  if (!after || m.counted) return { ...m, increment: true };
  // "two more victims": the noun after "more" is what is counted
  const value = m.value;
  const plural = value.nominal !== 1;
  const c = readCounted(text, end + after[0].length, plural && value.unit === "", false);
  const unit = value.unit || unitOfCounted(c.phrase, c.written);
  return { ...m, increment: true, counted: c.phrase, value: { ...value, unit } };
}

/**
 * "of his", "of their": a whole whose holder is named states a figure of its own, where "of the"
 * points back to a figure told elsewhere. Must match: "two of her five sons" (5 sons), "one of their
 * three cars" (3 cars). Must not match: "three of the five hostages", "two of those four ships", "one
 * of all 12 jurors" (the whole is no figure of its own).
 */
const POSSESSIVE_WHOLE = /[ \t](?:its|their|his|her|our)[ \t]+$/i;

function partitives(text: string, list: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i++) {
    const part = list[i]!;
    const whole = list[i + 1];
    const between = whole ? text.slice(part.offset + part.length, whole.offset) : "";
    if (
      whole && part.kind === "quantity" && whole.kind === "quantity" &&
      part.value?.type === "quantity" && whole.value?.type === "quantity" &&
      PARTITIVE.test(between) && whole.counted && (whole.value.nominal ?? 0) >= (part.value.nominal ?? 0) &&
      part.value.unit !== "percent" && whole.value.unit !== "percent"
    ) {
      // "three of the five hostages": 3 hostages, taken from a whole of 5
      out.push({ ...part, counted: whole.counted, value: { ...part.value, unit: whole.value.unit || part.value.unit }, whole });
      // "two of her five sons": a whole told with a possessive is a figure of its own (she has five sons)
      if (POSSESSIVE_WHOLE.test(between)) out.push(whole);
      i++;
      continue;
    }
    out.push(part);
  }
  return out;
}
