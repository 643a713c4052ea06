/**
 * Numbers that are part of a name: "Taliban 2.0", "Web 3.0", "Industry 4.0", "Vision 2030",
 * "Agenda 2063", "iOS 17", "Windows 11", "version 3.1", "v2.1.4", "COP28".
 */
import { namedNumbers, noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";
import { monthWords } from "../calendar-words.js";

/**
 * Names that take a plain number as a label ("Vision 2030", "iOS 17", "COP 29"): what
 * `(?:Vision|…|Horizon)[ \t]?\d+(?:\.\d+)*(?![\d\p{L}])` matches, found from the number (fast: the
 * names tried at every character took some 0.5% of a scan); no name ends another, so at most one
 * ends before a given number.
 */
const LABEL_NAME = /(?:Vision|Agenda|Expo|Windows|Server|Explorer|IE|iOS|Android|iPhone|Galaxy|Pixel|Python|Java|Web|Industry|Society|Version|version|versions|Release|Build|COP|Euro|Olympics|Horizon)$/;
/** The longest of LABEL_NAME's names. */
const LABEL_NAME_LENGTH = 8;
const LABEL_NUMBER = /\d+(?:\.\d+)*(?![\d\p{L}])/uy;

/**
 * A product's name written in camel case from a lower-case letter ("iPad", "eReader", "iLife"), then
 * a number of one or two digits after a space or an apostrophe: its model or edition, "the iPad 2",
 * "iLife'11", "an eBook 3 reader"; not a count ("iPad 2 sold 300,000": 300,000 stays).
 */
const CAMEL_LABEL = /(?<![\p{L}\p{N}])[a-z][A-Z][A-Za-z]*(?:[ \t]|['’])\d{1,2}(?![\d\p{L}]|[.,]\d)/gu;

/**
 * A capitalized name followed by a dotted version "X.Y" that is not an amount: "Taliban 2.0".
 * Found from the dotted number (fast); the name before it is read backwards.
 */
const DOTTED = /[ \t](\d{1,2}\.\d{1,2}(?:\.\d{1,3})?)(?![\d\p{L}%]|\.\d)(?!\s*(?:%|per\s?cent|percent|million|billion|trillion|thousand|bn|mn|m\b|km|kg|tonnes|points|times|years?|months?|days?|hours?|people|persons))/gu;
const NAME_BEFORE = /(?<![\p{L}])[A-Z][\p{L}]+$/u;
const NOT_NAME = new RegExp(`^(?:${monthWords({ forms: "both" })}|The|In|On|At|By|Of|About|Around|Over|Nearly|Almost|Some|From|To|And|Section|Chapter|Table|Figure|Page|Article|Part|Rs|USD|EUR|GBP|PKR|US)$`);

/**
 * A list that a version label opens goes on naming versions: "IE6, 7, 8, 9, 10, and 11", "Windows
 * XP, Vista, 7, 8 and 8.1", "versions 6, 7, 8, and 9", "Internet Explorer 8 and 9", "IE6 to 10",
 * "Windows Server 2003, and 2008". Each item is a capitalized word or a number (with an edition
 * after it: "2008 R2", "8.1 RTM"); a number ends the list unless a separator, the sentence's end or
 * a word that can follow a version comes next, so a count after the list stays a count: "Windows
 * 8, 40 firms said" keeps 40, "runs Windows 7 on 300 machines" keeps 300.
 */
const LIST_ITEM = String.raw`(?:[A-Z][\p{L}\d.]*|\d+(?:\.\d+)*(?=[ \t]*(?:[,;)]|\.(?!\d)|$)|[ \t]+(?:and|or|to|through|of|on|in|are|is|were|was|only|versions?|releases?|editions?|users?|R2|RTM|SP\d|Preview)\b|\n))(?:[ \t]+(?:R2|RTM|SP\d|Preview)\b)?`;
const SEPARATOR = String.raw`(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|to|through)[ \t]+)`;
const LABEL_LIST = new RegExp(String.raw`(?<![\p{L}\d])(?:Windows|Server|Explorer|IE|iOS|Android|versions?|Versions?)[ \t]?(${LIST_ITEM}(?:${SEPARATOR}${LIST_ITEM})+)`, "gu");
const LISTED_NUMBER = /(?<![\p{L}\d.])\d+(?:\.\d+)*(?![\d\p{L}])/gu;

/**
 * A width in bits written before a noun is a kind of build, not a measure: "32-bit versions",
 * "64-bit Windows", "32-and 64-bit editions", "32/64-bit". Must not match "8 bits per cycle" (a
 * count of bits) nor "a bit more than 30".
 */
const BIT_WIDTH = /(?<![\p{L}\d.])\d{1,3}(?:[ \t]*-?[ \t]*(?:and|or|\/)[ \t]*\d{1,3})?-bit(?![\p{L}\d])/gu;

/**
 * The words LABEL_LIST cannot match without ("versions" and "Versions" hold "version" and
 * "Version"), and the one BIT_WIDTH cannot: a text holding none of them is spared the expression,
 * which would read all of it for nothing (most texts name no software).
 */
const LABEL_LIST_WORDS = ["Windows", "Server", "Explorer", "IE", "iOS", "Android", "version", "Version"];
const BIT_WORD = "-bit";

const V_NUMBER = /(?<![\p{L}\d])v\d+(?:\.\d+){1,3}(?![\d\p{L}])/gu;

export function findVersionLabels(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const [start, end] of namedNumbers(text, LABEL_NAME, LABEL_NAME_LENGTH, LABEL_NUMBER, false)) {
    if (/[\p{L}\d]/u.test(text.charAt(start - 1))) continue; // "Television 3" is not "Vision 3"
    hits.push(noise(start, text.slice(start, end), "version-label", "version-label/named"));
  }
  for (const m of execAll(DOTTED, text)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!name || NOT_NAME.test(name[0])) continue;
    const start = m.index - name[0].length;
    hits.push(noise(start, text.slice(start, m.index + m[0].length), "version-label", "version-label/dotted"));
  }
  for (const m of execAll(CAMEL_LABEL, text)) hits.push(noise(m.index, m[0], "version-label", "version-label/camel-case"));
  for (const m of execAll(V_NUMBER, text)) hits.push(noise(m.index, m[0], "version-label", "version-label/v-number"));
  if (LABEL_LIST_WORDS.some((w) => text.includes(w))) for (const m of execAll(LABEL_LIST, text)) {
    const from = m.index + m[0].length - m[1]!.length;
    for (const n of execAll(LISTED_NUMBER, m[1]!)) hits.push(noise(from + n.index, n[0], "version-label", "version-label/listed"));
  }
  if (text.includes(BIT_WORD)) for (const m of execAll(BIT_WIDTH, text)) hits.push(noise(m.index, m[0], "version-label", "version-label/bit-width"));
  return hits;
}
