/**
 * Nationalities and peoples counted by their demonym, as "300 Afghans" and "three Britons" are:
 * - plurals in -is, whose -is the plural test of counted.ts takes for a singular's ending (as in
 *   "crisis", "basis"): "11 Yemenis", "12 Somalis", "40 Iraqis", "6 Pakistanis" — a capitalized
 *   word, its stem ending in a consonant (not doubled), then "is"; names of one place or person
 *   in -is ("Paris", "Memphis", "Chris") are no plurals;
 * - a demonym written as an adjective ("Somali", "Syrian", not a country's "Pakistan") with no noun after it, standing for its people where it
 *   ends the count: "(12 Somali and 11 Yemeni)", "23 held: 12 Somali, 11 Yemeni". Followed by a
 *   noun it is no count of people but qualifies what is counted: "the 12 Somali ports" are ports.
 */

/** "Yemenis", "Iraqis", "Saudis": a capitalized stem ending in one consonant (not v, w), then "is". */
const PLURAL_IN_IS = /^\p{Lu}\p{Ll}*[^aeiouvw\P{Ll}]is$/u;
/** A doubled consonant before "is" ("Harris", "Dennis", "Willis"): a name. */
const DOUBLED_IS = /(\p{Ll})\1is$/u;
/** Names in -is of one place or person that the pattern would take. */
const NOT_PLURAL = /^(?:Paris|Tunis|Memphis|Chris|Otis|Curtis|Francis|Phyllis|Tennis|Genesis|Thesis|Crisis|Basis|Oasis|Axis|Tigris|Osiris|Isis)$/;

/** Whether a word as written is a plural demonym in -is ("Somalis", "Yemenis"). */
export function isPluralDemonymInIs(written: string): boolean {
  return PLURAL_IN_IS.test(written) && !DOUBLED_IS.test(written) && !NOT_PLURAL.test(written);
}

/**
 * A demonym as an adjective: "Somali", "Yemeni", "Syrian", "Mexican", "Korean", "Sudanese". Not
 * every word in -an: a country's name ends so too ("Pakistan", "Sudan", "Oman", "Japan").
 */
const DEMONYM_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:i|ian|can|ean|ese)$/u;

/** Whether a word as written may be a demonym adjective that stands for its people where it ends a count ("12 Somali)"). */
export function isDemonymAdjective(written: string): boolean {
  return DEMONYM_ADJECTIVE.test(written);
}
