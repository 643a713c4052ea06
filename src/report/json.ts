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

/**
 * An element of one of the report's arrays, as `JSON.stringify` writes it two levels deep (its
 * inner lines indented by four spaces; `null` for undefined or a function): the element is
 * written inside two arrays, which indents it there, and cut out of them. Faster than indenting
 * its lines afterwards.
 */
function element(item: unknown): string {
  const text = JSON.stringify([[item]], null, 2);
  // "[\n  [\n    " + the element + "\n  ]\n]"
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
      for (let i = 0; i < value.length; i++) {
        buffer += `\n    ${element(value[i])}${i < value.length - 1 ? "," : ""}`;
        if (buffer.length >= PIECE) {
          yield buffer;
          buffer = "";
        }
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
