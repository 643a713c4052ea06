/**
 * Every match of a global expression in a text, as `text.matchAll(re)` gives them, in an array.
 *
 * matchAll copies the expression (a new RegExp object per call) and hands out matches through an
 * iterator: on a sentence, where most expressions find nothing, that cost several times the search
 * itself, and the value layer runs dozens of expressions on every sentence that holds a trigger.
 * Here the expression's own exec runs from its lastIndex, as matchAll's copy would start, and the
 * lastIndex is put back afterwards, so the expression is left as matchAll leaves it. An empty match
 * moves on by one character (one code point under the u or v flag), as matchAll does. All matches
 * are found before any is handed out, so a caller may use the same expression while it reads them.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll: ${re} has no g flag`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes("v"));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The index after `i`: past a whole surrogate pair when reading by code point. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** A text as a regular expression that matches it literally: "St. Louis (MO)" → "St\\. Louis \\(MO\\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
