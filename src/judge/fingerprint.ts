/**
 * Finding fingerprints: the `id` of a Finding ("f-" + 16 hex digits).
 *
 * A fingerprint identifies a finding by what it compares — rule, topic, verdict, and for each
 * claim its document path, measure, normalized value and time frame — and by nothing that moves
 * when unrelated text is edited: no line, column, offset, quote, claim id or document hash.
 * So adding paragraphs above a claim, rewording a sentence around it, or listing the input files
 * in another order keeps the fingerprint; a claim with a new value, a claim from another
 * document, or a changed verdict gives a new one. Baselines (src/baseline/) and SARIF
 * partialFingerprints rely on this.
 *
 * Owns: the canonical form of a finding and its hash. Does not own the verdict or claim ids.
 */
import { createHash } from "node:crypto";
import { posix } from "node:path";
import type { Claim, Finding, RuleId, Value, Verdict } from "../types.js";

/** The parts of a claim a fingerprint depends on. */
export type FingerprintClaim = Pick<Claim, "document" | "measure" | "value" | "frame">;

/** Bump when the canonical form changes, so old baselines are recognisably from another scheme. */
export const FINGERPRINT_VERSION = 1;

/**
 * "./seeds\\001.txt" → "seeds/001.txt", "seeds//x/../001.txt" → "seeds/001.txt": the same file
 * named the same way whatever the platform or the way the user typed it. (Spellings that differ
 * by more — an absolute path, another working folder — are the baseline's business: it names
 * documents relative to its own file, see refingerprint.)
 */
export function canonicalPath(path: string): string {
  const normal = posix.normalize(path.split("\\").join("/"));
  return normal === "." ? "" : normal.replace(/^(?:\.\/)+/, "");
}

/** Sorted keys at every level, so the serialization does not depend on property order. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * The normalized value a claim states. `nominal` is left out on purpose: it restates min/max as
 * written ("around 1.2 million" → 1200000) and carries no extra meaning for the comparison.
 */
function valueKey(value: Value): unknown {
  if (value.type === "quantity") {
    const { nominal: _nominal, ...rest } = value as Value & { nominal?: unknown };
    return rest;
  }
  return value;
}

/** Keys already worked out: a claim takes part in several findings of its occurrence. */
const keys = new WeakMap<FingerprintClaim, string>();

/** One claim as the fingerprint sees it: where it was said and what it says. */
export function claimKey(claim: FingerprintClaim): string {
  let key = keys.get(claim);
  if (key === undefined) {
    key = canonicalJson({
      document: canonicalPath(claim.document),
      measure: claim.measure,
      value: valueKey(claim.value),
      frame: claim.frame,
    });
    keys.set(claim, key);
  }
  return key;
}

/**
 * fingerprintFinding("taliban-recognition", "Pakistan's recognition of the Taliban government",
 *   "contradict", [claim1997in001, claim1996in002]) → "f-3b0c…"
 *
 * NOTE: claims are compared as a set. Their order does not matter (files read in another order),
 * and a document that repeats the same value twice states one thing, so identical claim keys
 * count once — a repeated "in 1997" in a document that already said it is not a new conflict,
 * while "in 1998" in that same document is.
 */
export function fingerprintFinding(
  rule: RuleId,
  topic: string,
  verdict: Verdict,
  claims: readonly FingerprintClaim[],
): string {
  const keys = [...new Set(claims.map(claimKey))].sort();
  const material = canonicalJson({ v: FINGERPRINT_VERSION, rule, topic, verdict, claims: keys });
  return `f-${createHash("sha256").update(material).digest("hex").slice(0, 16)}`;
}

/**
 * The fingerprint `finding` would have had if its documents had been named by `pathOf`: a
 * baseline names them relative to its own file, so that `scan articles/`, `scan "$PWD/articles"`
 * and `cd articles && scan .` give one baseline identity. Where `pathOf` names every document as
 * the report does, this is finding.id itself (a test checks that recomputing gives it too).
 */
export function refingerprint(
  finding: Pick<Finding, "id" | "rule" | "topic" | "verdict" | "claims">,
  claimsById: ReadonlyMap<string, FingerprintClaim>,
  pathOf: (document: string) => string,
): string {
  const claims = finding.claims.map((id) => claimsById.get(id)).filter((c): c is FingerprintClaim => c !== undefined);
  if (claims.every((c) => pathOf(c.document) === canonicalPath(c.document))) return finding.id;
  const renamed = claims.map((c) => ({ document: pathOf(c.document), measure: c.measure, value: c.value, frame: c.frame }));
  return fingerprintFinding(finding.rule, finding.topic, finding.verdict, renamed);
}
