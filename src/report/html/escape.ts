/**
 * HTML escaping and anchors for the HTML report. Every piece of text from documents, rules or
 * the report passes through esc() before it reaches the page; anchors are made from ids so that
 * any id (even "f-<script>") gives a valid, unique fragment.
 */
import { wordTable } from "../../values/word-table.js";
import { fileName } from "../../values/file-name.js";

const ENTITIES = wordTable<string>({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" });

/** Text or attribute value: "a < b & \"c\"" → "a &lt; b &amp; &quot;c&quot;" */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** "f-3c1d" → "f-3c1d"; "c 1/2" → "c-1-2-<hash>" so that different ids never share an anchor. */
export function anchor(prefix: string, id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_-]/g, "-");
  if (clean === id) return `${prefix}${id}`;
  let h = 0;
  for (let i = 0; i < id.length; i += 1) h = (Math.imul(h, 31) + id.charCodeAt(i)) >>> 0;
  return `${prefix}${clean}-${h.toString(36)}`;
}

/** The file name of a path: "seeds/001_960c.txt" → "001_960c.txt". */
export function baseName(path: string): string {
  return fileName(path) || path;
}

/**
 * A sentence with ranges wrapped in elements, everything else escaped.
 * highlight("It was in 1997 that …", [[7, 14, "mark"]]) → "It was <mark>in 1997</mark> that …"
 */
export function highlight(text: string, ranges: readonly (readonly [number, number, string])[]): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end, tag] of sorted) {
    if (start < at || end <= start) continue; // overlapping ranges: keep the first
    const [name, cls] = tag.split(".");
    out += esc(text.slice(at, start));
    out += `<${name}${cls ? ` class="${cls}"` : ""}>${esc(text.slice(start, end))}</${name}>`;
    at = end;
  }
  return out + esc(text.slice(at));
}
