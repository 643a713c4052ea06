/**
 * The baseline file: the findings a team has reviewed and accepts, written by `relcheck baseline`
 * and read by `relcheck scan --baseline FILE`.
 *
 * The file is meant to be committed and reviewed in diffs, so it is plain JSON with two-space
 * indentation, a fixed key order, entries sorted by rule, topic and fingerprint, and no dates,
 * line numbers or counts that would change when nothing that matters changed. Each entry keeps
 * the topic, the reason and the quoted claims so that a reviewer can read what was accepted:
 *
 *   { "schema": "relcheck/baseline@1", "fingerprintVersion": 2, "findings": [
 *     { "id": "f-3b0c…", "rule": "taliban-recognition", "topic": "…", "verdict": "contradict",
 *       "reason": "…", "claims": [{ "document": "seeds/001….txt", "measure": null, "side": 0,
 *       "text": "in 1997", "quote": "It was in 1997 that Pakistan recognised …" }, …] } ] }
 *
 * Each claim records the side of the finding it stood on, so that a later scan can tell a claim
 * that joins a known side (still known) from one that opens a side (new).
 *
 * Owns: building a baseline from a report, serializing it, and reading it back with checks.
 */
import { UserError } from "../errors.js";
import { FINGERPRINT_VERSION } from "../judge/fingerprint.js";
import type { Baseline, BaselineClaim, BaselineEntry, Claim, Report, Verdict } from "../types.js";

export const BASELINE_SCHEMA = "relcheck/baseline@1";
export const DEFAULT_BASELINE_FILE = "relcheck-baseline.json";

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byEntryOrder(a: BaselineEntry, b: BaselineEntry): number {
  return compare(a.rule, b.rule) || compare(a.topic, b.topic) || compare(a.id, b.id);
}

function byClaimOrder(a: BaselineClaim, b: BaselineClaim): number {
  return (a.side ?? 0) - (b.side ?? 0) || compare(a.document, b.document) || compare(a.text, b.text) || compare(a.quote, b.quote);
}

/**
 * The baseline of a report: every finding that is not an agreement, with its claims by side.
 * `pathOf` names each document as the baseline file records it — relative to the baseline file's
 * folder (see baseline-paths.ts); fingerprints name no document, so the ids are the findings'.
 */
export function createBaseline(report: Pick<Report, "findings" | "claims">, pathOf: (document: string) => string = (d) => d): Baseline {
  const claims = new Map<string, Claim>(report.claims.map((c) => [c.id, c]));
  const entries = report.findings
    .filter((f) => f.verdict !== "agree")
    .map((f): BaselineEntry => {
      const sideOf = new Map((f.sides ?? []).flatMap((side, i) => side.map((id) => [id, i] as const)));
      return {
        id: f.id,
        rule: f.rule,
        topic: f.topic,
        verdict: f.verdict,
        reason: f.reason,
        claims: f.claims
          .map((id) => claims.get(id))
          .filter((c): c is Claim => c !== undefined)
          .map((c) => ({ document: pathOf(c.document), measure: c.measure, ...(sideOf.has(c.id) ? { side: sideOf.get(c.id)! } : {}), text: c.text, quote: c.sentence }))
          .sort(byClaimOrder),
      };
    });
  return normalizeBaseline({ schema: BASELINE_SCHEMA, fingerprintVersion: FINGERPRINT_VERSION, findings: entries });
}

/** Same content, canonical order; duplicate ids are kept once. */
export function normalizeBaseline(baseline: Baseline): Baseline {
  const seen = new Set<string>();
  const findings = [...baseline.findings].sort(byEntryOrder).filter((e) => !seen.has(e.id) && seen.add(e.id));
  return { schema: BASELINE_SCHEMA, fingerprintVersion: baseline.fingerprintVersion, findings };
}

/** Fixed key order so that regenerating an unchanged baseline gives the same bytes. */
export function serializeBaseline(baseline: Baseline): string {
  const ordered = {
    schema: baseline.schema,
    fingerprintVersion: baseline.fingerprintVersion,
    findings: normalizeBaseline(baseline).findings.map((e) => ({
      id: e.id,
      rule: e.rule,
      topic: e.topic,
      verdict: e.verdict,
      reason: e.reason,
      claims: e.claims.map((c) => ({ document: c.document, measure: c.measure, ...(c.side !== undefined ? { side: c.side } : {}), text: c.text, quote: c.quote })),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// reading

const VERDICTS: readonly Verdict[] = ["agree", "diverge", "contradict"];

/** "Unexpected token } in JSON at position 42" → line and column of offset 42 in `text`. */
function jsonErrorLocation(text: string, message: string): { line: number; column: number } | undefined {
  const match = /position (\d+)/.exec(message);
  if (!match) return undefined;
  const before = text.slice(0, Number(match[1]));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function entryProblem(entry: unknown): string | null {
  if (!isObject(entry)) return "is not an object";
  if (typeof entry.id !== "string" || !/^f-[0-9a-f]+$/.test(entry.id)) return 'needs an "id" like "f-3b0c…"';
  for (const key of ["rule", "topic", "reason"] as const) {
    if (typeof entry[key] !== "string") return `needs a string "${key}"`;
  }
  if (!VERDICTS.includes(entry.verdict as Verdict)) return `has verdict ${JSON.stringify(entry.verdict)}; expected one of ${VERDICTS.join(", ")}`;
  if (!Array.isArray(entry.claims)) return 'needs a "claims" array';
  for (const claim of entry.claims) {
    if (!isObject(claim) || typeof claim.document !== "string" || typeof claim.text !== "string" || typeof claim.quote !== "string")
      return 'has a claim without string "document", "text" and "quote"';
    if (claim.measure !== null && claim.measure !== undefined && typeof claim.measure !== "string")
      return 'has a claim whose "measure" is neither a string nor null';
    if (claim.side !== undefined && (typeof claim.side !== "number" || !Number.isInteger(claim.side) || claim.side < 0))
      return 'has a claim whose "side" is not a whole number from 0';
  }
  return null;
}

/** Parse and check a baseline file; every problem is a UserError naming the file. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = jsonErrorLocation(text, message);
    throw new UserError(`not a valid baseline file (invalid JSON: ${message})`, file, at?.line, at?.column);
  }
  if (!isObject(data) || data.schema !== BASELINE_SCHEMA)
    throw new UserError(`not a relcheck baseline (expected "schema": "${BASELINE_SCHEMA}"); create one with \`relcheck baseline PATHS\``, file);
  if (data.fingerprintVersion !== FINGERPRINT_VERSION)
    throw new UserError(
      `made with fingerprint version ${JSON.stringify(data.fingerprintVersion)}, this relcheck uses ${FINGERPRINT_VERSION}; regenerate it with \`relcheck baseline\``,
      file,
    );
  if (!Array.isArray(data.findings)) throw new UserError('needs a "findings" array', file);
  data.findings.forEach((entry, index) => {
    const problem = entryProblem(entry);
    if (problem) throw new UserError(`findings[${index}] ${problem}`, file);
  });
  const findings = (data.findings as BaselineEntry[]).map((e) => ({
    ...e,
    claims: e.claims.map((c) => ({ ...c, measure: c.measure ?? null })),
  }));
  return { schema: BASELINE_SCHEMA, fingerprintVersion: FINGERPRINT_VERSION, findings };
}
