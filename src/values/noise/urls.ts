/**
 * Web addresses whose digits are not values, in the shapes text corpora print them:
 * - spaced out, as some tokenized corpora do: "http: / / www. example. com / news / 2019-04-02 /
 *   3-hurt-in-blast / 81234. html" (one URL, from the scheme to its last path piece);
 * - a query string left as its own fragment once the rest of the URL went elsewhere:
 *   "story. php? id=4711&page=2", "ID=1000&ref=77";
 * - a piece of a path: "news / 2019 / 04 / 02 / fire-kills-3-in-town" (slugs joined by " / ").
 * Written URLs without spaces ("https://…", "www.…") are identifiers.ts's.
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";

/** "http: / / ", "https://", "http : / /": the scheme, however it was spaced. */
const SCHEME = /\b(?:https?|ftp)[ \t]?:[ \t]?\/[ \t]?\/[ \t]?/gi;
/** "www. example. com": a host without scheme, once spaced after its dots. */
const WWW = /\bwww\.[ \t]+[a-z0-9-]+\.[ \t]?[a-z]/gi;

/** A run of characters without space: a host label, a path piece, "html#", "id=81234&c". */
const CHUNK = /[^\s]+/y;
/** " / ", " _ ", " - ", " - - ": joiners that tokenizers put spaces around inside a URL. */
const JOINER = /[ \t]+[/_-](?:[ \t]+[/_-])*(?:[ \t]+|(?=\S))|(?<=\S)[/_-][ \t]+/y;
/** After "com." or "php?" or "#." (or "0," before more digits) a space may follow and the URL still goes on. */
const SOFT_END = /[.?#&=:/_-]$/;

/**
 * The end of a spaced-out URL that starts at `pos` (just after its scheme): chunks joined by
 * spaced slashes, underscores and hyphens, or by a space after a dot or question mark when the
 * next chunk reads as more URL (it starts with a small letter or digit, or the line ends with it,
 * or another joiner follows it), never across a line break.
 */
function spacedUrlEnd(text: string, pos: number): number {
  let end = pos;
  for (;;) {
    CHUNK.lastIndex = end;
    const chunk = CHUNK.exec(text);
    if (!chunk || chunk.index !== end) break;
    end = CHUNK.lastIndex;
    JOINER.lastIndex = end;
    const joiner = JOINER.exec(text);
    if (joiner) {
      end = JOINER.lastIndex;
      continue;
    }
    // "jpg, 0, 5924311. photo": after a comma only more digits are more URL
    const comma = chunk[0].endsWith(",");
    if (!comma && !SOFT_END.test(chunk[0])) break;
    const gap = /[ \t]+/y;
    gap.lastIndex = end;
    if (!gap.exec(text)) break;
    CHUNK.lastIndex = gap.lastIndex;
    const next = CHUNK.exec(text);
    if (!next) break;
    const after = text.slice(CHUNK.lastIndex, CHUNK.lastIndex + 4);
    const continues = comma ? /^\d/.test(next[0]) : /^[a-z0-9]/.test(next[0]) || /^(?:\r?\n|$)/.test(after) || /^[ \t]+[/_-][ \t]/.test(after);
    if (!continues) break;
    end = gap.lastIndex;
  }
  // the sentence's own full stop or comma is not the URL's
  while (end > pos && /[.,;:!?)"”’]/.test(text.charAt(end - 1))) end--;
  return end;
}

/** "id=4711&page=2", "ID=1000&ATCLID=2066": key=value pairs of a query string. */
const QUERY = /(?<![\w=])[A-Za-z_][\w-]*=[\w.%+-]*(?:&(?:amp;)?[A-Za-z_][\w-]*=[\w.%+-]*)*/g;
/**
 * Path pieces joined by " / ", at least three of them, one a slug of hyphenated words or a long
 * number: "world / 2019 / 04 / fire-kills-3" or "sports / 36830848 _ 1 _ offer-talks".
 */
const PATH = /(?<![\w/])[\w.-]+(?:[ \t]\/[ \t][\w.-]+){2,}/g;
/** What PATH cannot match without: a slash with a space or tab on each side. */
const SPACED_SLASH = /[ \t]\/[ \t]/;
const SLUG_OR_ID = /[a-z]+-[a-z0-9]+-[a-z0-9-]+|\d{5,}/;

export function findUrls(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  if (text.includes("/") || /www\./i.test(text)) {
    for (const re of [SCHEME, WWW]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = spacedUrlEnd(text, re === SCHEME ? m.index + m[0].length : m.index);
        if (end <= start + m[0].length && re === SCHEME) continue;
        hits.push(noise(start, text.slice(start, end), "identifier", "identifier/url-spaced"));
        re.lastIndex = Math.max(re.lastIndex, end);
      }
    }
    if (SPACED_SLASH.test(text)) for (const m of execAll(PATH, text)) {
      if (SLUG_OR_ID.test(m[0])) hits.push(noise(m.index, m[0], "identifier", "identifier/url-path"));
    }
  }
  if (text.includes("=")) for (const m of execAll(QUERY, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/url-query"));
  return hits;
}
