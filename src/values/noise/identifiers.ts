/**
 * Strings of digits that identify rather than count: URLs, e-mail addresses, ORCIDs
 * ("0009-0005-3697-6034"), DOIs ("10.1080/14702436.2021.1234567"), ISBNs, phone numbers
 * ("+92 51 1234567", "(051) 920-1234"), handles ("@MIshaqDar50"), hashtags, UN document symbols
 * ("S/RES/2593 (2021)"), numbered items ("No. 12", "Resolution 2593") and model designators
 * ("F-16", "JF-17", "COVID-19", "A320", "G20").
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";

/**
 * "No. 12", "Ref. 4471", "Tel. 555-0100": a numbered item, found from its full stop and read back
 * to its word, as the expression \b(?:No|Nos|Ref|Tel|Ph)\.\s?\d[\d/-]*\b finds it (its words tried
 * at every capital of the text took three times longer).
 */
const NUMBERED_STOP = /\.(?<=\b(?:No|Nos|Ref|Tel|Ph)\.)\s?\d[\d/-]*\b/gu;
const NUMBERED_WORDS = ["Nos", "Ref", "Tel", "No", "Ph"];

function numberedItems(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const m of execAll(NUMBERED_STOP, text)) {
    // the word the look-behind found: the one that ends at the stop with no word character before it
    const word = NUMBERED_WORDS.find((w) => text.startsWith(w, m.index - w.length) && !/\w/.test(text.charAt(m.index - w.length - 1)))!;
    const start = m.index - word.length;
    hits.push(noise(start, text.slice(start, m.index + m[0].length), "identifier", "identifier/numbered"));
  }
  return hits;
}

/**
 * Each expression, the kind of identifier it finds, and (for some) the characters of which every
 * match holds one: a text with none of them is not searched ("@" for an e-mail address or a
 * handle). Searching a text for a character runs many times faster than trying an expression at
 * each of its positions, and most texts hold no "@", "#", "/" or web address at all.
 */
const PATTERNS: readonly (readonly [RegExp, string, (readonly string[])?])[] = [
  [/(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?’”]/gu, "identifier/url", ["http", "www."]],
  [/@[\w-]+(?:\.[\w-]+)+\b/gu, "identifier/email", ["@"]],
  [/\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/gu, "identifier/orcid"],
  [/(?:doi:\s?)?10\.\d{4,9}\/[^\s"<>]+[^\s"<>.,;)]/gu, "identifier/doi", ["/"]],
  [/ISBN(?:-1[03])?:?\s?(?:97[89][\s-]?)?\d{1,5}[\s-]?\d{1,7}[\s-]?\d{1,7}[\s-]?[\dX]\b/gu, "identifier/isbn"],
  [/(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)/gu, "identifier/phone"],
  [/\(\d{2,5}\)\s?\d{3,4}[\s-]\d{3,4}\b/gu, "identifier/phone"],
  [/(?<![\d-])\d{3}[-.]\d{3}[-.]\d{4}(?![\d-])/gu, "identifier/phone"],
  // "1-877-LAPD-247", "800-FLOWERS": a toll-free number spelled partly in letters
  [/(?<![\w-])(?:1[ -])?8(?:00|33|44|55|66|77|88)-(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])/gu, "identifier/phone"],
  // "0845 125 2222", "0800 555111", "020 7946 0018": a national number with its leading zero
  [/(?<![\d.,])0\d{2,4}[ \t]\d{3,4}[ \t]?\d{3,4}(?![\d.,]\d)/gu, "identifier/phone"],
  // "(527-3247)", "call 555-0100", "hotline on 527 3247": a local number where a number is asked for
  [/(?<![\d-])\d{3}[- ]\d{4}(?![\d-])/g, "identifier/phone-local"],
  // "called 911", "a 999 call", "the 911 dispatcher": an emergency number, not a count (context below)
  [/\b(?:911|999|112)\b/g, "identifier/phone-emergency"],
  [/(?<![\w@.])@[A-Za-z_][A-Za-z0-9_]{0,30}\b/gu, "identifier/handle", ["@"]],
  [/(?<![\w&#])#[A-Za-z][\w]*\b/gu, "identifier/hashtag", ["#"]],
  [/\b[A-Z]{1,3}\/(?:RES|PRST|PV|[A-Z]{2,6})(?:\/[A-Z0-9.-]+)*\/\d+(?:\/\d+)?(?:\s?\(\d{4}\))?/gu, "identifier/document-symbol", ["/"]],
  [NUMBERED_STOP, "identifier/numbered", ["."]],
  [/\b(?:Resolution|Flight|Route|Highway|Room|Gate|Platform|Order|Case|Ordinance)\s+(?:No\.\s?)?\d+(?:\/\d+)*\b/gu, "identifier/numbered"],
  [/(?<![\p{L}\d-])(?:[A-Z]{1,6}|[A-Z][a-z][A-Z]|Covid|Su|Mi)-\d{1,4}[A-Z]?(?![\d\p{L}])/gu, "identifier/designator"],
  // (not an amount with a scale word: "R26 million", "R2.5bn")
  [/(?<![\p{L}\d-])[A-Z]{1,4}\d{1,4}[A-Z]?(?![\d\p{L}])(?![.,]\d|\s?(?:million|billion|trillion|bn|mn|m\b))/gu, "identifier/designator"],
];

/** "call 555-0100", "hotline on 527 3247": a local number where a number is asked for. */
const ASKED_FOR = /\b(?:call|phone|telephone|dial|dialled|dialed|hotline|tel\.?|number)[ \t]+(?:\S+[ \t]+){0,3}$/i;
/** "called 911", "dialed 999": the verb right before an emergency number. */
const CALLED = /\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|rang|phoned)[ \t]+$/i;
/** "a 911 call", "the 999 dispatcher", "a 112 supervisor": the noun right after it (a call, its staff, its service). */
const CALL_AFTER = /^[ \t]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|supervisor|call[ -]?taker|cent(?:er|re)s?|system|service|line|tapes?|recordings?)\b/i;

/** Whether the words around a short number make it a phone number ("(527-3247)" too); read near it only. */
function phoneContext(text: string, start: number, end: number, emergency: boolean): boolean {
  if (emergency) return CALLED.test(text.slice(Math.max(0, start - 16), start)) || CALL_AFTER.test(text.slice(end, end + 16));
  if (text.charAt(start - 1) === "(" && text.charAt(end) === ")" && text.charAt(start + 3) === "-") return true;
  return ASKED_FOR.test(text.slice(Math.max(0, start - 64), start));
}

/** Words before a hyphenated number that make it a time, not a designator: "Post-2021", "Mid-2025". */
const TEMPORAL_PREFIX = /^(?:PRE|POST|MID|LATE|EARLY|CIRCA|AD|BC|CE|BCE)-/i;

export function findIdentifiers(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const [re, pattern, needs] of PATTERNS) {
    if (needs && !needs.some((literal) => text.includes(literal))) continue;
    if (re === NUMBERED_STOP) {
      for (const h of numberedItems(text)) hits.push(h);
      continue;
    }
    for (const m of execAll(re, text)) {
      if (pattern === "identifier/designator" && TEMPORAL_PREFIX.test(m[0])) continue;
      if (pattern === "identifier/email") {
        // the regex starts at "@" (fast); the local part is read backwards: "press" + "@example.org"
        const local = /[\w.+-]+$/.exec(text.slice(Math.max(0, m.index - 64), m.index));
        if (!local) continue;
        hits.push(noise(m.index - local[0].length, local[0] + m[0], "identifier", pattern));
        continue;
      }
      if (pattern === "identifier/doi" && /[\w.]$/.test(text.charAt(m.index - 1))) continue;
      if (pattern === "identifier/phone-local" || pattern === "identifier/phone-emergency") {
        if (phoneContext(text, m.index, m.index + m[0].length, pattern === "identifier/phone-emergency")) hits.push(noise(m.index, m[0], "identifier", "identifier/phone"));
        continue;
      }
      hits.push(noise(m.index, m[0], "identifier", pattern));
    }
  }
  return hits;
}
