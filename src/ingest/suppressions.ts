/**
 * Inline suppression comments: a line saying `relcheck-disable-next-line` drops the claims found
 * on the line after it — all of them, or those of the rules it names. Written as an HTML or
 * Markdown comment (hidden when the text is rendered) or as a plain-text line of its own:
 *
 *   <!-- relcheck-disable-next-line -->                                 every rule
 *   <!-- relcheck-disable-next-line fatalities, air-strikes -->         these rules
 *   <!-- relcheck-disable-next-line fatalities -- disputed, see #12 --> a reason after " -- "
 *   relcheck-disable-next-line government-recognition                   a plain-text line
 *
 * Must match: the comment anywhere on a line (after other text too); the plain form alone on its
 * line (leading spaces allowed). Must not match: the words inside a sentence ("we use
 * relcheck-disable-next-line here"), longer words (`relcheck-disable-next-lines`), a comment
 * left open on its line. Owns finding the directives; pipeline.ts drops the claims.
 */
import { position } from "./line-index.js";

export const SUPPRESS_DIRECTIVE = "relcheck-disable-next-line";

export interface Suppression {
  /** The directive's own line (1-based): the claims of line + 1 are dropped. */
  line: number;
  column: number;
  /** The rule ids it names; null: every rule. */
  rules: string[] | null;
}

/** Every directive in `text`, in order. Linear: one indexOf pass, and only lines holding the word are looked at. */
export function findSuppressions(text: string, lineStarts: readonly number[]): Suppression[] {
  const found: Suppression[] = [];
  for (let at = text.indexOf(SUPPRESS_DIRECTIVE); at !== -1; at = text.indexOf(SUPPRESS_DIRECTIVE, at + SUPPRESS_DIRECTIVE.length)) {
    const { line, column } = position(lineStarts, at);
    const start = lineStarts[line - 1] ?? 0;
    const next = lineStarts[line];
    const end = next === undefined ? text.length : next;
    const before = text.slice(start, at);
    const rest = text.slice(at + SUPPRESS_DIRECTIVE.length, end).replace(/\r?\n$|\r$/, "");
    let args: string;
    if (/<!--\s*$/.test(before)) {
      const close = rest.indexOf("-->");
      if (close === -1) continue;
      args = rest.slice(0, close);
    } else if (/^[ \t]*$/.test(before)) {
      args = rest;
    } else {
      continue;
    }
    if (args !== "" && !/^\s/.test(args)) continue; // a longer word
    const reason = args.search(/\s--(?:\s|$)/);
    const ids = (reason === -1 ? args : args.slice(0, reason)).split(/[\s,]+/).filter((id) => id !== "");
    found.push({ line, column, rules: ids.length > 0 ? ids : null });
  }
  return found;
}
