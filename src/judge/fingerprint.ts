/**
 * Finding fingerprints: the `id` of a Finding ("f-" + 16 hex digits).
 *
 * A fingerprint identifies a finding by the occurrence it is about — its rule and topic, what
 * part of the occurrence it judges (one measure in one time frame, or the measures or frames side
 * by side), and the names that identify the occurrence (the countries, places and parties most of
 * its claims name) — not by its list of claims. So a new article that agrees with a reviewed
 * finding keeps its fingerprint (the baseline then sees that the new claim joined a side it
 * knows); a new value, or a contradiction where there was none, keeps it too, and the baseline
 * tells them apart by the sides it recorded (src/baseline/). Nothing that moves when text is
 * edited takes part: no document path, line, offset, quote, claim id or verdict.
 *
 * Two findings of one report with the same identity (one rule's figures in two stories, neither
 * naming anyone) are told apart by what they compare (`uniqueIds`).
 *
 * Owns: the canonical form of an occurrence's identity and its hash, and the key that tells two
 * comparisons of the same claims apart (`comparisonKey`). Does not own the verdict or claim ids.
 */
import { createHash } from "node:crypto";
import { posix } from "node:path";
import { keysOf } from "../group/participants.js";
import type { Claim, Finding, RuleId, Value, Verdict } from "../types.js";

/** The parts of a claim a comparison key depends on. */
export type FingerprintClaim = Pick<Claim, "document" | "measure" | "value" | "frame">;

/** Bump when the canonical form changes, so old baselines are recognisably from another scheme. */
export const FINGERPRINT_VERSION = 2;

/**
 * "./seeds\\001.txt" → "seeds/001.txt", "seeds//x/../001.txt" → "seeds/001.txt": the same file
 * named the same way whatever the platform or the way the user typed it. (Spellings that differ
 * by more — an absolute path, another working folder — are the baseline's business: it names
 * documents relative to its own file.)
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

function hash(material: string): string {
  return `f-${createHash("sha256").update(material).digest("hex").slice(0, 16)}`;
}

/** What a finding is about: its occurrence, and which part of it the finding judges. */
export interface OccurrenceIdentity {
  rule: RuleId;
  topic: string;
  /** "part": claims of one measure in one time frame; "measures", "frames": those side by side. */
  kind: "part" | "measures" | "frames";
  measure: string | null;
  /** The time frame of the part ("2021-01-01/2025-08-31"), or null. */
  frame: string | null;
  /** The names most of its claims give (identityNames). */
  names: readonly string[];
}

/**
 * The names that identify an occurrence: those more than half of its claims name (countries,
 * name:… and title:… words, keys of unnamed participants), sorted. A claim that joins and names
 * them too, or names nothing, leaves them as they are.
 */
export function identityNames(claims: readonly Claim[]): string[] {
  const count = new Map<string, number>();
  for (const c of claims) for (const k of keysOf(c)) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count]
    .filter(([, n]) => n * 2 > claims.length)
    .map(([k]) => k)
    .sort();
}

/** fingerprintOccurrence({ rule: "government-recognition", …, names: ["Pakistan", "name:taliban"] }) → "f-…" */
export function fingerprintOccurrence(identity: OccurrenceIdentity): string {
  return hash(canonicalJson({ v: FINGERPRINT_VERSION, ...identity, names: [...identity.names] }));
}

/** Keys already worked out: a claim takes part in several findings of its occurrence. */
const keys = new WeakMap<FingerprintClaim, string>();

/** One claim as a comparison sees it: where it was said and what it says. */
export function claimKey(claim: FingerprintClaim): string {
  let key = keys.get(claim);
  if (key === undefined) {
    key = canonicalJson({ document: canonicalPath(claim.document), measure: claim.measure, value: valueKey(claim.value), frame: claim.frame });
    keys.set(claim, key);
  }
  return key;
}

/**
 * A comparison of claims as a set, with its verdict: two parts of an occurrence that compare the
 * same claims (reached through two time frames) are one finding. A document that repeats a value
 * states it once.
 */
export function comparisonKey(verdict: Verdict, claims: readonly FingerprintClaim[]): string {
  return `${verdict}|${[...new Set(claims.map(claimKey))].sort().join("|")}`;
}

/**
 * Findings with unique ids: where several share one identity, each is told apart by the values
 * it compares (not by where they were said, so the ids stay the same however the documents are
 * named), and, where those are alike too, by its place among them.
 */
export function uniqueIds(findings: readonly Finding[], claimsById: ReadonlyMap<string, Claim>): Finding[] {
  const byId = new Map<string, number[]>();
  findings.forEach((f, i) => byId.set(f.id, [...(byId.get(f.id) ?? []), i]));
  const out = [...findings];
  for (const [id, positions] of byId) {
    if (positions.length < 2) continue;
    const values = (f: Finding): string =>
      [...new Set(f.claims.map((c) => claimsById.get(c)).filter((c): c is Claim => c !== undefined).map((c) => canonicalJson({ measure: c.measure, value: valueKey(c.value), frame: c.frame })))]
        .sort()
        .join("|");
    const ordered = positions.map((i) => ({ i, key: values(findings[i]!) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    ordered.forEach(({ i, key }, n) => {
      const alike = ordered.slice(0, n).filter((o) => o.key === key).length;
      out[i] = { ...findings[i]!, id: hash(`${id}|${key}|${alike}`) };
    });
  }
  return out;
}
