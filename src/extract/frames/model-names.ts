/**
 * Names with digits as counted things: a figure before a model's name counts things of that model,
 * as news counts weapons, aircraft and vehicles: "seven AK-47s", "two F-16s", "three 747s", "a
 * dozen M16 rifles", "12 AK 47 guns", "four A380 jets". The model's name is what is counted — "seven
 * AK-47 rifles" and "seven AK-47s" are one count, and neither is a count of the "three other rifles"
 * beside them — so outlets that write the name with a hyphen, a space or a plural "s" are compared
 * under one key (modelKey: "AK-47", "AK 47" → "ak47").
 *
 * A model's name is a short capitalised word (one to four letters, "AK", "F", "MiG") and a number
 * written with or without a hyphen or a space ("AK-47", "AK 47", "M16", "B-52"), or a three-digit
 * number of an airliner ("747"). Written in the plural ("AK-47s", "747s") it is the counted noun
 * itself; written before a noun it counts that noun's kind of machine ("AK-47 assault rifles",
 * "F-16 fighters"), and only then: "two US 10-year notes", "three G7 leaders", "Route 66 motels"
 * name no model.
 *
 * Must read a model: "seven AK-47s", "two F-16s", "three 747s", "a dozen M16 rifles", "12 AK 47
 * guns", "four MiG-29 fighters". Must not: "the AK-47 he carried" (no figure counts it), "Flight
 * 370", "Route 66" (a number inside a name), "three 1990s hits" (a decade), "two US 10-year notes",
 * "five G7 leaders" (no machine).
 */
import type { TaggedToken } from "../../types.js";

/** A model's name written as one token, plural: "AK-47s", "F-16s", "M16s", "MiG-29s", "A380s". */
const PLURAL_MODEL = /^(\p{Lu}[\p{Lu}\p{Ll}]{0,3})-?(\d{1,4})(\p{Lu}{0,2})s$/u;

/** A model's name after a figure, as written in a sentence: letters and a number, or three digits, then "s" or a word. */
const MODEL_AFTER = /^\s*(?:(\p{Lu}[\p{Lu}\p{Ll}]{0,3})[- ]?(\d{1,4})(\p{Lu}{0,2})|(\d{3}))(s?)(?=[\s,.;:)'"”’]|$)\s*(\p{L}*)/u;

/**
 * Nouns of machines a model's name may stand before: weapons, aircraft, vessels, vehicles. A name
 * before another noun ("G7 leaders", "F1 drivers") is not read as a model.
 */
const MACHINES = new Set(
  ("rifle gun weapon firearm pistol handgun carbine shotgun launcher missile rocket grenade " +
    "fighter jet jetliner airliner aircraft plane airplane aeroplane bomber helicopter chopper drone " +
    "tank vehicle truck submarine frigate destroyer boat ship").split(" "),
);

/** The key a model's name is compared under: letters and number, lower case, no hyphen, space or plural ("AK-47s" → "ak47"). */
function modelKey(letters: string, number: string, suffix = ""): string {
  return `${letters}${number}${suffix}`.toLowerCase();
}

/**
 * A model's name written in the plural as the counted noun at token i: "AK-47s" (one token) or
 * "747" and "s" (a three-digit number the tokenizer split from its plural). `noun`: the model as
 * a counted noun, as written but in lower case and without its plural ("ak-47", "m16", "747"); `at`: the token that ends it. Null for anything else.
 */
export function pluralModelAt(tokens: readonly TaggedToken[], i: number): { noun: string; at: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const m = PLURAL_MODEL.exec(t.text);
  if (m && t.pos !== "VERB") return { noun: t.text.slice(0, -1).toLowerCase(), at: i };
  const s = tokens[i + 1];
  if (t.pos === "NUM" && /^\d{3}$/.test(t.text) && s?.text === "s" && s.start === t.end) return { noun: t.text, at: i + 1 };
  return null;
}

/**
 * The model a figure counts, read from the words right after it (a claim's sentence after its
 * text): "seven AK-47s", "12 AK 47 guns", "three 747s" → "ak47", "ak47", "747". Null when no
 * model's name follows, or when one stands before a word that names no machine ("five G7 leaders").
 */
export function modelAfter(rest: string): string | null {
  const m = MODEL_AFTER.exec(rest);
  if (!m) return null;
  if (m[5] !== "s" && !machineFollows(rest.slice(m[0].length - (m[6] ?? "").length))) return null;
  return m[4] ?? modelKey(m[1]!, m[2]!, m[3]);
}

/** Whether one of the two words that open a text is a noun of machines: "rifles", "assault rifles", "fighter jets". */
function machineFollows(text: string): boolean {
  return text
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .some((w) => MACHINES.has(w.toLowerCase().replace(/[^\p{L}]/gu, "").replace(/s$/, "")));
}
