/**
 * HTML → masked ranges. Owns what in HTML is not prose: tags (with their attributes), comments,
 * CDATA, doctype, the contents of <script>, <style>, <template> and <noscript>, and character
 * references (&amp; &nbsp; &#8211;). The text is left as it is, so offsets still point into the
 * original file; extraction reads masked ranges as blanks. Every scan is a single forward pass
 * (indexOf and sticky regexes), so a 100 MB file or one huge line stays linear.
 *
 *   <p class="lead">In <b>1997</b>, Pakistan&nbsp;recognised …</p>
 *   ^^^^^^^^^^^^^^^^   ^^^    ^^^^          ^^^^^^            ^^^^   masked
 */
import type { Range } from "./mask-ranges.js";

/** Elements whose content is not prose. */
const RAW_TEXT = new Set(["script", "style", "template", "noscript", "textarea", "svg", "math"]);

const TAG_START = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** Quote-aware scans give up after this many characters and fall back to the next '>'. */
const MAX_TAG = 8192;

/**
 * End (exclusive) of the tag opened at `lt`, honouring quoted attribute values (`title="a>b"`);
 * -1 if none. The quote-aware scan stops at the next '<' (an unclosed quote: `<a title="x`), so
 * every character is scanned for one tag at most; then the first '>' ends the tag.
 */
function tagEnd(text: string, lt: number, nextGt: number): number {
  let quote = "";
  const limit = Math.min(text.length, lt + MAX_TAG);
  for (let i = lt + 1; i < limit; i++) {
    const c = text[i];
    if (c === "<") break;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return nextGt === -1 ? -1 : nextGt + 1;
}

function closeOf(text: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, "ig");
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/** Masked ranges of HTML markup in `text` (unsorted; see mergeRanges). */
export function htmlMask(text: string): Range[] {
  const out: Range[] = [];
  let i = 0;
  let nextGt = text.indexOf(">");
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt === -1) break;
    if (nextGt !== -1 && nextGt < lt) nextGt = text.indexOf(">", lt);
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt + 4);
      i = end === -1 ? text.length : end + 3;
      out.push([lt, i]);
      continue;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      i = end === -1 ? text.length : end + 3;
      out.push([lt, i]);
      continue;
    }
    if (text.startsWith("<!", lt) || text.startsWith("<?", lt)) {
      // <!DOCTYPE html>, <?xml version="1.0"?>
      const end = nextGt === -1 ? -1 : nextGt + 1;
      if (end === -1) break;
      out.push([lt, end]);
      i = end;
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(text);
    if (!tag) {
      i = lt + 1; // "a < b": a literal less-than sign
      continue;
    }
    const end = tagEnd(text, lt, nextGt);
    if (end === -1) break; // no '>' anywhere after: the rest is text
    const name = (tag[2] ?? "").toLowerCase();
    const selfClosing = text[end - 2] === "/";
    if (tag[1] === "" && !selfClosing && RAW_TEXT.has(name)) {
      i = closeOf(text, name, end);
      out.push([lt, i]);
      continue;
    }
    out.push([lt, end]);
    i = end;
  }
  for (const m of text.matchAll(ENTITY)) out.push([m.index, m.index + m[0].length]);
  return out;
}
