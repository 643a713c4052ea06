/**
 * Numbers that locate a place on a map, not an amount: street addresses ("1450 Main Street",
 * "at 12 Elm Road", "473 East 52nd Street", "200 W. Lake Blvd."), house-number blocks ("the 3400
 * block of Pine Street"), numbered roads ("Interstate 75", "Route 66", "the 405 Freeway",
 * "State Highway 7", "Exit 12"), suites and flats ("Suite 300", "Apt. 4B") and postal codes after a
 * state ("Boston, MA 02215").
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";

const STREET_TYPE = String.raw`(?:(?:Street|Avenue|Road|Boulevard|Drive|Lane|Way|Place|Court|Terrace|Parkway|Highway|Square|Circle|Crescent|Close|Plaza|Alley|Trail|Pike|Turnpike|Mews)\b|(?:St|Ave|Rd|Blvd|Dr|Ln|Pl|Ct|Ter|Pkwy|Hwy|Sq|Cir)\b\.?)`;
const DIRECTION = String.raw`(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|N|S|E|W|NE|NW|SE|SW)\b\.?`;
/** A street's name: one to three capitalized words or numbered-street ordinals ("52nd", "Fifth"). */
const NAME_WORD = String.raw`(?:[A-Z][\p{L}'’-]*|\d{1,3}(?:st|nd|rd|th))`;

/** "1450 Main Street", "12-14 Elm Road", "473 East 52nd Street", "40 E. Fifth Ave.", "4 Yawkey Way". */
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N},.$€£-])\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?[ \t]+(?:${DIRECTION}[ \t]+)?(?:${NAME_WORD}[ \t]+){1,3}${STREET_TYPE}(?![\p{L}])|(?<![\p{L}\p{N}])\d{1,5}[ \t]+Broadway\b`,
  "gu",
);
/** Courts that are institutions, not streets: "the 9 Supreme Court justices". */
const INSTITUTION_COURT = /\b(?:Supreme|High|District|Federal|Appeals?|Circuit|Criminal|Crown|Family|Superior|County|Magistrates['’]?|Juvenile|Municipal|Appellate|Constitutional|International|Military|Bankruptcy|Tax|Claims|Traffic|Housing|Small)[ \t]+Court\b/;
/** Words before a year that make "in 2010 Main Street …" a date followed by a street, not an address. */
const DATE_WORD_BEFORE = /\b(?:in|since|by|until|till|from|during|before|after|of|early|late|mid)[ \t]+$/i;

/** "the 3400 block of", "the 12000 block of East 223rd Street". */
const BLOCK = /(?<![\p{L}\p{N},.])\d{2,6}[ \t]+block[ \t]+of\b/giu;

/** Numbered roads: "Interstate 75", "Route 66", "U.S. Route 1", "State Highway 7", "Exit 12", "M25" is a designator. */
const ROAD = /\b(?:Interstate|Route|Rte\.?|Highway|Hwy\.?|Freeway|Motorway|Expressway|Turnpike|State[ \t]+Road|County[ \t]+Road|Exit|Junction|Jct\.?)[ \t]+\d{1,4}[A-Z]?\b/g;
/** "the 405 Freeway", "the 101 Highway", "the 10 freeway": the number before the road word. */
const ROAD_AFTER = /\bthe[ \t]+(\d{1,4})[ \t]+(?:[Ff]reeway|[Hh]ighway|[Mm]otorway|[Ee]xpressway|[Tt]urnpike|[Ii]nterstate)\b/g;

/** The road words of ROAD_AFTER as it matches them (its first letter in either case): a text with none is spared it. */
const ROAD_AFTER_WORDS = ["reeway", "ighway", "otorway", "xpressway", "urnpike", "nterstate"];

/** "Suite 300", "Apt. 4B", "Flat 12", "Unit 5A": the number of a door. */
const DOOR = /\b(?:Suite|Ste\.|Apt\.?|Apartment|Flat|Unit|Floor|Fl\.)[ \t]+\d{1,5}[A-Z]?\b/g;

/** "Boston, MA 02215", "New York, N.Y. 10001-1234": a ZIP code after a state abbreviation. */
const ZIP = /,[ \t]*((?:[A-Z]{2}|[A-Z]\.[A-Z]\.)[ \t]+\d{5}(?:-\d{4})?)\b/g;

export function findAddresses(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const m of execAll(ADDRESS, text)) {
    const number = Number.parseInt(m[0], 10);
    if (INSTITUTION_COURT.test(m[0])) continue;
    if (number >= 1000 && number <= 2199 && DATE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    hits.push(noise(m.index, m[0], "identifier", "identifier/address"));
  }
  for (const m of execAll(BLOCK, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/address-block"));
  for (const m of execAll(ROAD, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/road"));
  if (ROAD_AFTER_WORDS.some((w) => text.includes(w))) for (const m of execAll(ROAD_AFTER, text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    hits.push(noise(start, text.slice(start, m.index + m[0].length), "identifier", "identifier/road"));
  }
  for (const m of execAll(DOOR, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/address-door"));
  for (const m of execAll(ZIP, text)) hits.push(noise(m.index + m[0].length - m[1]!.length, m[1]!, "identifier", "identifier/postal-code"));
  return hits;
}
