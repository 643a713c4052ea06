/**
 * An age told as a bare number counts years. Outlets give one person's age in many shapes: "a
 * 17-year-old", "aged 17", "Orme, 17," (which the value layer reads in years), and a number that
 * the frame alone reads as an age, written after a noun of people with no unit of its own ("his two
 * half-brothers, 17 and 22, were held", "the twins, 9, were unhurt"). Read with no unit, such an
 * age would count nothing and never meet the same age in years told by another report, so the
 * reports of one person's age weeks or years apart (one age at one arrest, told again at the trial)
 * would be listed, not brought together. An age whose unit is written stays in it: "a 6-month-old"
 * counts months, and "17 months" is no age in years.
 */
import type { QuantityValue } from "../types.js";

/**
 * Whether a quantity whose frame counts `counted` is an age in years with no unit written. Must:
 * counted "age" and a value with unit "" ("17 and 22" of two sons). Must not: counted "age" with
 * unit "month" ("a 6-month-old"); counted "person" with unit "" ("17 were held"); a value with
 * unit "year" (already in years).
 */
export function isAgeInYears(counted: string | null | undefined, value: QuantityValue): boolean {
  return counted === "age" && value.unit === "";
}

/** Words of people of one sex, in the singular and the plural. */
const MALE = "(?:boy|son|brother|half-brother|stepson|father|man|men|husband|nephew|grandson|uncle)s?";
const FEMALE = "(?:girl|daughter|sister|half-sister|stepdaughter|mother|woman|women|wife|niece|granddaughter|aunt)s?";
/** A word of people right before a bare age, past "aged", "ages" and the other ages of a list ("his two sons, ages 6 and", "girls age"). */
const SEX_BEFORE = new RegExp(String.raw`\b(${MALE}|${FEMALE})\s*[,—–-]?\s*(?:(?:aged?|ages)\s+)?(?:\d{1,3}\s*(?:,|and|&)\s*)*$`, "i");
/** A word of people right after an age written as an adjective ("6-year-old girl", "a 6-year-old Keld boy"). */
const SEX_AFTER = new RegExp(String.raw`^[\s-]*(?:years?[\s-]old\s+)?(?:\p{Lu}\p{L}*\s+)?(${MALE}|${FEMALE})\b`, "iu");
const MALE_WORD = new RegExp(`^${MALE}$`, "i");

/**
 * The sex of the person a bare or adjectival age is told of, by the word of people beside it
 * ("two sons, ages 6 and 16" → male; "girls age 6 and 8" → female; "a 6-year-old girl" → female);
 * null when no such word stands there. Two ages that no name ties, told of a boy and of a girl, are
 * two people's (participants.ts separates).
 */
export function sexOfAge(sentence: string, text: string, offsetInSentence: number): "male" | "female" | null {
  if (offsetInSentence < 0) return null;
  const before = sentence.slice(Math.max(0, offsetInSentence - 48), offsetInSentence);
  const after = sentence.slice(offsetInSentence + text.length, offsetInSentence + text.length + 40);
  const word = SEX_AFTER.exec(text.endsWith("old") ? after : "")?.[1] ?? (/^\s*[-–]?\s*years?[\s-]old\b/i.test(after) ? SEX_AFTER.exec(after)?.[1] : undefined) ?? SEX_BEFORE.exec(before)?.[1];
  if (!word) return null;
  return MALE_WORD.test(word) ? "male" : "female";
}
