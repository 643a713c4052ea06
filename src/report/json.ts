/**
 * The JSON report: exactly the Report object (schema/report.schema.json), two-space indented.
 *
 * jsonPieces gives the same text in pieces of about a megabyte, one array element at a time, so
 * that a report too large for one string (V8 holds at most about 512 M characters in one; a dense
 * archive's claims can come to more) is still written whole; jsonReporter is their concatenation.
 */
import type { Report, Reporter } from "../types.js";
import { escapeJsonControls } from "./control-chars.js";

/** Characters gathered before a piece is handed out. */
const PIECE = 1 << 20;

/** `JSON.stringify(value, null, 2)` of a value standing at `depth`, its inner lines indented to it. */
function nested(value: unknown, depth: number): string {
  const text = escapeJsonControls(JSON.stringify(value, null, 2));
  return depth === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/** Where an element of a top-level array opens, after the comma that ends the one before. */
const ELEMENT_START = /,\n {4}(?! )/g;

/** Elements of an array written by one `JSON.stringify` call (elements), far below a string's limit. */
const BATCH = 256;

/**
 * A run of elements of one of the report's arrays, as `JSON.stringify` writes them two levels deep
 * (inner lines indented by four spaces, elements joined by ",\n    "; `null` for undefined or a
 * function): the run is written inside an outer array, which indents it there, and cut out of it.
 * Faster than indenting lines afterwards, and than one call per element.
 */
function elements(items: readonly unknown[]): string {
  const text = JSON.stringify([items], null, 2);
  // "[\n  [\n    " + the elements + "\n  ]\n]"
  return escapeJsonControls(text.slice(10, text.length - 6));
}

/** The text of `JSON.stringify(report, null, 2) + "\n"`, in pieces. */
export function* jsonPieces(report: Report): Generator<string> {
  let buffer = "{";
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== "function");
  for (const [k, [key, value]] of entries.entries()) {
    buffer += `\n  ${escapeJsonControls(JSON.stringify(key))}: `;
    if (Array.isArray(value) && value.length > 0) {
      buffer += "[";
      for (let i = 0; i < value.length; i += BATCH) {
        const end = Math.min(value.length, i + BATCH);
        let run = `\n    ${elements(value.slice(i, end))}${end < value.length ? "," : ""}`;
        // A piece ends after the element that reaches PIECE: at the comma of the next ",\n    "
        // that opens an element (an element's own lines are indented further), searched in the
        // run alone; a piece already past PIECE ends with the comma before the run.
        if (buffer.length >= PIECE) {
          yield buffer;
          buffer = "";
        }
        while (buffer.length + run.length >= PIECE) {
          ELEMENT_START.lastIndex = Math.max(0, PIECE - buffer.length - 1);
          const next = ELEMENT_START.exec(run);
          if (!next) break;
          yield buffer + run.slice(0, next.index + 1);
          buffer = "";
          run = run.slice(next.index + 1);
        }
        buffer += run;
      }
      buffer += "\n  ]";
    } else {
      buffer += nested(value, 1);
    }
    if (k < entries.length - 1) buffer += ",";
  }
  buffer += entries.length > 0 ? "\n}\n" : "}\n";
  yield buffer;
}

export const jsonReporter: Reporter = (report) => [...jsonPieces(report)].join("");
