/**
 * Control characters out of text that reaches a terminal or a CI log: a file named
 * "\x1b[2Jx.txt" must not clear the screen, nor an OSC sequence in a document set the terminal's
 * title. Owns the one escaping of relcheck's output; every place that prints text taken from
 * files, rules or arguments (table, explain, markdown, workflow commands, messages on stderr)
 * goes through it.
 *
 *   "a\x1b]0;owned\x07b" → "a\\x1b]0;owned\\x07b"      C0 controls, DEL and C1 controls
 *   "line\nnext"  (keep "\n") → unchanged               what the layout needs may be kept
 */

// C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F)
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

const hex = (c: string): string => c.charCodeAt(0).toString(16).padStart(2, "0");

/** Every control character of `text` but those in `keep` as a visible escape: ESC → "\x1b". */
export function escapeControls(text: string, keep = ""): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => (keep.includes(c) ? c : `\\x${hex(c)}`));
}

/**
 * JSON text with DEL and C1 characters written as \u escapes (JSON.stringify leaves them raw; C0
 * it escapes already): the same data, and nothing a terminal acts on.
 */
export function escapeJsonControls(json: string): string {
  return /[\u007f-\u009f]/.test(json) ? json.replace(/[\u007f-\u009f]/g, (c) => `\\u00${hex(c)}`) : json;
}
