/**
 * The reporter registry. Every Format has exactly one reporter; the `satisfies` clause makes a
 * format without a reporter a type error (attw's problemKindInfo).
 */
import type { Format, Report, Reporter, ReporterOptions } from "../types.js";
import { csvReporter } from "./csv.js";
import { githubReporter } from "./github.js";
import { htmlReporter } from "./html/index.js";
import { jsonPieces, jsonReporter } from "./json.js";
import { markdownReporter } from "./markdown.js";
import { sarif } from "./sarif.js";
import { tableReporter } from "./table.js";

export const reporters = {
  table: tableReporter,
  json: jsonReporter,
  csv: csvReporter,
  sarif,
  github: githubReporter,
  markdown: markdownReporter,
  html: htmlReporter,
} as const satisfies Record<Format, Reporter>;

export const FORMATS = Object.keys(reporters) as Format[];

/**
 * Formats that can also be had in pieces, for a report too large for one string: the pieces
 * joined are exactly what the format's reporter returns.
 */
export const pieceReporters: Partial<Record<Format, (report: Report, options: ReporterOptions) => Iterable<string>>> = {
  json: jsonPieces,
};
