/**
 * Text generators for the fuzz tests: random strings, and real article sentences mutated the
 * ways files arrive broken (stray CR/LF, NUL bytes, BOMs, lone surrogates, markup fragments,
 * cut and spliced passages). FUZZ_RUNS sets the number of cases per property (`npm run fuzz`
 * runs 10,000); FUZZ_SEED replays a failure.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { decodeBytes } from "../../src/ingest/decode-bytes.js";
import { buildDocument } from "../../src/ingest/read-documents.js";
import type { SourceDocument } from "../../src/types.js";

export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
export const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
export const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const seedsDir = join(import.meta.dirname, "..", "..", "seeds");

/** Sentences of the seed articles (real prose with dates and figures). */
export const SENTENCES: readonly string[] = readdirSync(seedsDir)
  .sort()
  .flatMap((f) => readFileSync(join(seedsDir, f), "utf8").split(/(?<=[.!?])\s+/))
  .map((s) => s.trim())
  .filter((s) => s.length > 20 && s.length < 400 && /\d/.test(s));

/** Fragments that break naive readers. */
const NASTY = [
  "\r", "\n", "\r\n", "\u0000", "\ufeff", "\ud800", "\udfff", "😀", "\u00a0", "\u2028", "\t",
  "<", ">", "<b>", "</p>", "<script>", "<!--", "-->", "&nbsp;", "&#8211;", "&", "`", "```", "~~~", "---\n", "[", "](", ")",
  "1997", "in 1996", "over 2,800", "$1 billion", "late April 2025", "1979–1989", "9/11", "(Hussain, 2011)", "3.4.", "%", "—", "'", "’",
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), piece: fc.constantFrom(...NASTY) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), piece: fc.string({ maxLength: 6, unit: "binary" }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  if (m.kind === "insert") return text.slice(0, at) + m.piece + text.slice(at);
  if (m.kind === "delete") return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at) + text.slice(at, at + m.length).repeat(2) + text.slice(at + m.length);
}

/** A few real sentences, joined by assorted line ends, then mutated. */
export const mutatedText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom(" ", "\n", "\r\n", "\r", "\n\n"), { minLength: 4, maxLength: 4 }),
    fc.array(mutation, { maxLength: 8 }),
  )
  .map(([sentences, joins, mutations]) => {
    const text = sentences.map((s, i) => s + (joins[i] ?? " ")).join("");
    return mutations.reduce(apply, text);
  });

/** Any text: mutated prose most of the time, sometimes arbitrary UTF-16. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: mutatedText },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: fc.constantFrom(...NASTY) }) },
);

/** How the text is stored: path extension (markup) and encoding of its bytes. */
export const fileKind = fc.record({
  extension: fc.constantFrom("txt", "md", "html"),
  encoding: fc.constantFrom("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "windows-1252"),
});

/** Lone surrogates → U+FFFD, as any UTF encoder writes them. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** text → bytes in the chosen encoding (Windows-1252: characters outside it become '?'). */
export function encode(text: string, encoding: string): Uint8Array {
  const whole = wellFormed(text);
  switch (encoding) {
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(whole, "utf8")]);
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be-bom":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    case "windows-1252":
      return Buffer.from(whole.replace(/[^\x00-\xff]/g, "?"), "latin1");
    default:
      return Buffer.from(whole, "utf8");
  }
}

/** The document ingest makes of `text` stored as `doc.EXT` in the given encoding. */
export function documentOf(text: string, kind: { extension: string; encoding: string }): SourceDocument {
  const bytes = encode(text, kind.encoding);
  const sha = createHash("sha256").update(bytes).digest("hex");
  return buildDocument(`doc.${kind.extension}`, sha, decodeBytes(bytes)).document;
}
