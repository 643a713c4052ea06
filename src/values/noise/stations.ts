/**
 * Numbers that are part of the name of a station, channel, programme or transit line:
 * radio frequencies ("AM 570", "WFAN 660", "98.5 FM"), television channels ("Channel 4",
 * "Fox 5", "WCVB 5", "PIX 11"), names written in one word with inner capitals and a number
 * ("SportsCenter 5", "WrestleMania 29"), any name with a number taking a possessive ("Studio 9's
 * host"), numbered places of a network ("Terminal 5", "Pier 39", "District 9", "Precinct 67") and
 * lines ("the 7 train", "the 42 bus").
 */
import { namedNumbers, noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";

/** "AM 570", "FM 98.5", "98.5 FM", "1010 AM": within the AM (530–1710 kHz) or FM (87.5–108 MHz) band. */
const RADIO = /\b(AM|FM)[ \t]?(\d{2,4}(?:\.\d)?)\b|\b(\d{2,4}(?:\.\d)?)[ \t]?(AM|FM)\b/g;

function onTheDial(band: string, frequency: string): boolean {
  const f = Number(frequency);
  return band === "AM" ? Number.isInteger(f) && f >= 530 && f <= 1710 : f >= 87.5 && f <= 108;
}

/** Networks and call letters before a channel number: "Fox 5", "NBC 4", "WCVB 5", "KTLA-TV 5". */
const CHANNEL = /\b(?:Channel|Ch\.|NBC|CBS|ABC|FOX|Fox|CW|PIX|UPN|ITV|[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?)[ \t]?\d{1,3}(?![\p{L}\p{N}]|[.,]\d)/gu;
/** Capital runs that are organizations or abbreviations, not call letters. */
const NOT_CALL_LETTERS = /^(?:WHO|WTO|WWF|WWE|WWII|WWI|WMD|WSJ|KGB|KFC|KPMG|WEF|WFP|WHA)\b/;

/** "SportsCenter 5", "WrestleMania 29": one word with inner capitals, then the number. */
const CAMEL_NAME = /\b(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|O)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+[ \t]\d{1,3}(?=['’]s\b|[ \t]+(?:has|have|had|is|was|reported|reports|said|says|learned|[A-Z])|[.,;:!?)]|[ \t]*$)/gm;

/** "Studio 9's host", "Apollo 11's crew": a name and its number take the possessive together. */
const POSSESSIVE_NAME = /\b[A-Z][\p{L}]+[ \t]\d{1,3}(?=['’]s\b)/gu;

/**
 * Numbered places of a network or an organization: "Terminal 5", "Pier 39", "District 9", "Local
 * 100" — what `\b(?:Terminal|…|Bay)[ \t]\d{1,4}[A-Z]?(?![\p{L}\p{N}]|[.,]\d)` matches, found from
 * the number (fast: the names tried at every character took some 0.5% of a scan); no name ends
 * another, so at most one ends before a given number.
 */
const PLACE_NAME = /\b(?:Terminal|Pier|Track|Berth|Hangar|Studio|Precinct|Ward|District|Sector|Zone|Camp|Tower|Lot|Local|Station|Line|Bay)$/;
/** The longest of PLACE_NAME's names, and one character before it for its \b. */
const PLACE_NAME_WINDOW = 9;
const PLACE_NUMBER = /\d{1,4}[A-Z]?(?![\p{L}\p{N}]|[.,]\d)/uy;

/** "the 7 train", "the 42 bus", "the 2 line": one line, named by its number. */
const TRANSIT = /\bthe[ \t]+(\d{1,3}[A-Z]?)[ \t]+(?:train|bus|tram|line|subway|streetcar|trolley)\b(?!s)/gi;

export function findStations(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const m of execAll(RADIO, text)) {
    const band = m[1] ?? m[4]!;
    if (onTheDial(band, m[2] ?? m[3]!)) hits.push(noise(m.index, m[0], "identifier", "identifier/station"));
  }
  for (const m of execAll(CHANNEL, text)) {
    if (NOT_CALL_LETTERS.test(m[0])) continue;
    hits.push(noise(m.index, m[0], "identifier", "identifier/station"));
  }
  for (const m of execAll(CAMEL_NAME, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/station"));
  for (const m of execAll(POSSESSIVE_NAME, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/named-number"));
  for (const [start, end] of namedNumbers(text, PLACE_NAME, PLACE_NAME_WINDOW, PLACE_NUMBER, true)) hits.push(noise(start, text.slice(start, end), "identifier", "identifier/numbered-place"));
  for (const m of execAll(TRANSIT, text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    hits.push(noise(start, text.slice(start, m.index + m[0].length), "identifier", "identifier/transit-line"));
  }
  return hits;
}
