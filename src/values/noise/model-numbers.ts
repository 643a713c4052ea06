/**
 * A maker's model number written after its name with a space: "the Brandt 747 Skyrunner", "five
 * Kestrel 310s", "Kestrel 310 jets", "the Kestrel 310-400" — a name, not a count of 310 things —
 * and the same number told alone again in the text, as reports do once the model is named ("the
 * 310 has flown 40 hours", "orders for the 310").
 *
 * A model is read where the name is plain: a capitalized word, then three or four digits (not a
 * year), then a plural "s" glued to the number, a capitalized name of the model ("Skyrunner", maybe
 * quoted) or a noun of a machine (jet, airliner, aircraft, plane, engine, truck …); its variants
 * ("310-400", "310-8") go with it. Not a number with a hyphen alone: "the Lakers 105-98 win" is a
 * score. A line in title case (a headline: "Storm Leaves 300 Families Homeless") says nothing
 * and is left alone. The number told again is taken whole (no digit, letter or decimal beside it).
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";
import { titleCased } from "./title-case.js";

/** Nouns of a machine a model number names. */
const MACHINE_NOUNS = "(?:jet|airliner|aircraft|plane|airplane|aeroplane|freighter|tanker|helicopter|engine|truck|tractor|locomotive|rifle|pistol|phone|handset|model|series|variant|program|programme|family)s?";

/** A maker's name, its model number, and what shows the number is a model. */
const MODEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \t]((?!(?:1[5-9]|20)\d\d(?!\d))\d{3,4})(?:s(?![\p{L}])|(?=[ \t]+(?:["'“‘]{0,2}\p{Lu}\p{Ll}+|${MACHINE_NOUNS})(?![\p{L}])))`,
  "gu",
);

/** Words that open a sentence before a count, never a maker: "On 300 Main Street", "Some 400 Marines". */
const NOT_MAKER = new Set(["On", "In", "At", "By", "For", "From", "To", "With", "About", "Around", "Over", "Under", "Some", "Nearly", "Almost", "Only", "Just", "All", "Another", "The", "And", "But", "Of", "After", "Before", "Since", "Until", "Than", "Roughly", "Approximately", "Exactly", "More", "Less", "Fewer", "Up", "Down", "Between", "Among", "Below", "Above"]);

/** Three or four digits after a space or a capitalized word's space (the cheap check before MODEL). */
const KEY = /\p{Lu}\p{Ll}+[ \t]\d{3,4}/u;

export function findModelNumbers(text: string): NoiseHit[] {
  if (!KEY.test(text)) return [];
  const numbers = new Set<string>();
  for (const m of execAll(MODEL, text)) {
    if (NOT_MAKER.has(m[1]!) || titleCased(text, m.index)) continue;
    numbers.add(m[2]!);
  }
  const hits: NoiseHit[] = [];
  for (const n of numbers) {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + n.length);
      if (/[\p{L}\p{N}$€£]/u.test(before) || /[\p{N}]/u.test(after) || (/[\p{L}]/u.test(after) && after !== "s")) continue;
      if ((before === "." || before === ",") && /\d/.test(text.charAt(at - 2))) continue;
      if ((after === "." || after === ",") && /\d/.test(text.charAt(at + n.length + 1))) continue;
      // (with its variant: "310-400")
      const variant = /^-\d{1,3}(?!\d)/.exec(text.slice(at + n.length, at + n.length + 5));
      hits.push(noise(at, text.slice(at, at + n.length + (variant ? variant[0].length : 0)), "identifier", "identifier/model-number"));
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}
