/**
 * Comparing a scan with a baseline: which findings are new, which the baseline already holds,
 * and which baseline entries no longer occur (stale). Pure; reading and writing the file is the
 * CLI's business.
 *
 *   baseline {f-a, f-b}, scan {f-b, f-c (contradict), f-d (agree)}
 *     → report.findings [f-c, f-d]; known [f-b]; new [f-c]; stale [f-a]
 *
 * A finding is the baseline's when an entry has its fingerprint — the identity of its occurrence
 * (judge/fingerprint.ts) — or, failing that, when an entry of its rule and topic recorded only
 * claims it still holds (its names moved as claims joined). Such a finding stays known while every
 * side of it holds a claim the entry recorded (a new article that agrees with a reviewed side), and
 * becomes new when it opens a side the entry does not know (a value nobody gave before) or
 * contradicts where the entry only diverged. A new finding then names the claim that made it new
 * (`cause`): its claims start with that one, so annotations and SARIF's primary location point at
 * it, and its reason names it.
 *
 * The returned report lists only the findings not in the baseline (agreements are never
 * baselined, so they stay), with the summary counted over those, and says in `baseline` what
 * was left out and what is stale. Exit codes are then computed on that report as on any other.
 */
import { reasonFor, withRateNote } from "../judge/reasons.js";
import type { Baseline, BaselineClaim, BaselineComparison, BaselineEntry, Basis, Claim, ClaimId, Finding, Report } from "../types.js";

export interface ApplyOptions {
  /** The baseline file as named to the user. */
  file: string;
  /** Whether the stale entries are being dropped from the file (`--prune`). */
  prune: boolean;
  /**
   * A document's path as the baseline names it (relative to the baseline file's folder); claims
   * are matched with the baseline's records under those names. Default: as is.
   */
  pathOf?: (document: string) => string;
}

/** A claim as a baseline records it, for matching: where it was said and what it said. */
function recordKey(c: Pick<BaselineClaim, "document" | "measure" | "text">): string {
  return `${c.document}\u0000${c.measure ?? ""}\u0000${c.text}`;
}

interface Verdict {
  entry: BaselineEntry | null;
  /** The claim that makes the finding new, or null when there is none to name. */
  cause: ClaimId | null;
  known: boolean;
}

export function applyBaseline(report: Report, baseline: Baseline, options: ApplyOptions): Report {
  const pathOf = options.pathOf ?? ((d: string) => d);
  const claims = new Map<string, Claim>(report.claims.map((c) => [c.id, c]));
  const keyOf = (id: ClaimId): string | null => {
    const c = claims.get(id);
    return c ? recordKey({ document: pathOf(c.document), measure: c.measure, text: c.text }) : null;
  };
  const byId = new Map(baseline.findings.map((e) => [e.id, e]));
  const everRecorded = new Set(baseline.findings.flatMap((e) => e.claims.map(recordKey)));
  // Entries by fingerprint first, then entries whose recorded claims a finding of their rule still holds.
  const entries = new Map<string, BaselineEntry>();
  const matched = new Set<string>();
  for (const f of report.findings) {
    const exact = byId.get(f.id);
    if (exact) {
      entries.set(f.id, exact);
      matched.add(exact.id);
    }
  }
  for (const f of report.findings) {
    if (entries.has(f.id)) continue;
    const held = new Set(f.claims.map(keyOf).filter((k): k is string => k !== null));
    const entry = baseline.findings.find((e) => !matched.has(e.id) && e.rule === f.rule && e.topic === f.topic && e.claims.length > 0 && e.claims.every((c) => held.has(recordKey(c))));
    if (entry) {
      entries.set(f.id, entry);
      matched.add(entry.id);
    }
  }

  const judge = (f: Finding): Verdict => {
    const entry = entries.get(f.id) ?? null;
    const firstUnrecorded = f.claims.find((id) => !everRecorded.has(keyOf(id) ?? "")) ?? null;
    if (!entry) return { entry, cause: firstUnrecorded, known: false };
    const recorded = new Set(entry.claims.map(recordKey));
    const sides = f.sides ?? f.claims.map((id) => [id]);
    const opened = sides.find((side) => !side.some((id) => recorded.has(keyOf(id) ?? "")));
    if (opened) return { entry, cause: opened[0]!, known: false };
    if (f.verdict === "contradict" && entry.verdict !== "contradict") return { entry, cause: f.claims.find((id) => !recorded.has(keyOf(id) ?? "")) ?? null, known: false };
    return { entry, cause: null, known: true };
  };

  const verdicts = new Map(report.findings.map((f) => [f.id, judge(f)]));
  const kept = report.findings.filter((f) => !verdicts.get(f.id)!.known).map((f) => withCause(f, verdicts.get(f.id)!.cause, claims));
  const comparison: BaselineComparison = {
    file: options.file,
    known: report.findings.filter((f) => verdicts.get(f.id)!.known).map((f) => f.id),
    new: kept.filter((f) => f.verdict !== "agree").map((f) => f.id),
    stale: baseline.findings.filter((e) => !matched.has(e.id)),
    pruned: options.prune,
  };
  const count = (verdict: string) => kept.filter((f) => f.verdict === verdict).length;
  return {
    ...report,
    findings: kept,
    summary: { ...report.summary, agree: count("agree"), diverge: count("diverge"), contradict: count("contradict") },
    baseline: comparison,
  };
}

/**
 * A new finding that names the claim that made it new: that claim first among its claims, and a
 * reason that sets it against a claim of another side (the one the finding's reason named there).
 */
function withCause(f: Finding, cause: ClaimId | null, claims: ReadonlyMap<string, Claim>): Finding {
  if (cause === null || f.verdict === "agree") return f;
  const sideOf = (id: ClaimId): number => (f.sides ?? []).findIndex((side) => side.includes(id));
  const named = namedPair(f.basis);
  const partner = named.find((id) => id !== cause && sideOf(id) !== sideOf(cause)) ?? f.claims.find((id) => id !== cause && sideOf(id) !== sideOf(cause)) ?? null;
  const basis = partner === null ? f.basis : withPair(f.basis, cause, partner);
  const inFinding = new Map(f.claims.flatMap((id) => (claims.has(id) ? [[id, claims.get(id)!] as const] : [])));
  return {
    ...f,
    cause,
    claims: [cause, ...f.claims.filter((id) => id !== cause)],
    basis,
    reason: basis === f.basis ? f.reason : withRateNote(reasonFor(basis, { topic: f.topic, claims: inFinding }), f.rate ?? null),
  };
}

/** The two claims a basis sets against each other, if it names two. */
function namedPair(basis: Basis): ClaimId[] {
  switch (basis.kind) {
    case "later-report":
      return [basis.earlier, basis.later];
    case "refinement":
      return [basis.finer, basis.coarser];
    case "part-of-count":
      return [basis.part, basis.other];
    case "across-midnight":
      return [basis.night, basis.early];
    case "different-measures":
    case "equal":
    case "same-event":
      return [];
    default:
      return [basis.a, basis.b];
  }
}

/** The basis with `cause` and `partner` as the pair it names (kinds that name a plain pair only). */
function withPair(basis: Basis, cause: ClaimId, partner: ClaimId): Basis {
  switch (basis.kind) {
    case "disjoint-intervals":
    case "different-frames":
    case "bounds-both-hold":
    case "within-tolerance":
    case "recurring":
    case "unstated-frame":
    case "unstated-year":
    case "unestablished":
    case "one-sentence":
    case "unknown-report-time":
    case "sources-differ":
      return { ...basis, a: cause, b: partner };
    default:
      return basis;
  }
}

/** The baseline without the entries that no longer occur. */
export function pruneBaseline(baseline: Baseline, comparison: Pick<BaselineComparison, "stale">): Baseline {
  const stale = new Set(comparison.stale.map((e) => e.id));
  return { ...baseline, findings: baseline.findings.filter((e) => !stale.has(e.id)) };
}

/**
 * One or two lines for stderr:
 *   "relcheck: baseline relcheck-baseline.json: 3 known findings not shown, 1 new"
 *   "relcheck: baseline relcheck-baseline.json: 1 stale entry no longer occurs (f-…: topic); --prune drops it"
 */
export function describeComparison(comparison: BaselineComparison): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `relcheck: baseline ${comparison.file}: ${plural(comparison.known.length, "known finding")} not shown, ${comparison.new.length} new`,
  ];
  if (comparison.stale.length > 0) {
    const list = comparison.stale.map((e) => `${e.id}: ${e.topic}`).join("; ");
    const action = comparison.pruned
      ? `dropped from the file`
      : `--prune drops ${comparison.stale.length === 1 ? "it" : "them"}`;
    const n = comparison.stale.length;
    const what = n === 1 ? "1 stale entry no longer occurs" : `${n} stale entries no longer occur`;
    lines.push(`relcheck: baseline ${comparison.file}: ${what} (${list}); ${action}`);
  }
  return `${lines.join("\n")}\n`;
}
