/**
 * `relcheck explain FINDING-ID`: why a finding has its verdict, in plain text. For each claim:
 * the rule, the matched words (value expression and trigger), the sentence, the value in the
 * reader's terms and as the interval the judge compared; then the comparison the basis names
 * (which intervals overlap, which do not, by how much) and the finding's reason.
 *
 *   Finding f-3c1d: contradict
 *   Topic: Pakistan's recognition of the Taliban government (rule taliban-recognition, one true value)
 *   …
 *   Comparison: disjoint intervals
 *     seeds/002.txt 1996 [1996-01-01 … 1996-12-31] ends before seeds/001.txt 1997 [1997-01-01 … 1997-12-31] begins (1 day apart)
 *
 * Pure: (report, finding id) → string. Owns id lookup (full id or unique prefix) and interval
 * wording; the reason sentence itself comes from the report.
 */
import { claimFrameLines } from "./describe-claim-frame.js";
import type { Basis, Claim, ClaimId, Finding, Report, Value } from "../types.js";
import { escapeControls } from "./control-chars.js";
import { describeFrame, describeValue, formatAmount } from "./describe-value.js";
import { dayNumber, findingView, location, sideHeading } from "./findings-view.js";

// ---------------------------------------------------------------------------------------------
// finding lookup

export type FindingLookup = { ok: true; finding: Finding } | { ok: false; message: string };

/** A finding by its full id or by an unambiguous prefix ("f-3c1d" for "f-3c1d9a…"). */
export function resolveFindingId(report: Report, idOrPrefix: string): FindingLookup {
  const wanted = idOrPrefix.trim();
  const exact = report.findings.find((f) => f.id === wanted);
  if (exact) return { ok: true, finding: exact };
  const matches = wanted === "" ? [] : report.findings.filter((f) => f.id.startsWith(wanted));
  if (matches.length === 1 && matches[0]) return { ok: true, finding: matches[0] };
  if (matches.length > 1) {
    return { ok: false, message: `finding id '${wanted}' is ambiguous: ${matches.map((f) => f.id).join(", ")}` };
  }
  const known = report.findings.map((f) => f.id);
  const list = known.length === 0 ? "the report has no findings" : `known findings: ${known.join(", ")}`;
  return { ok: false, message: `no finding '${wanted}' in this report (${list})` };
}

// ---------------------------------------------------------------------------------------------
// intervals

/** A value as the interval it stands for; dates as day numbers, open bounds as ±Infinity. */
interface Interval {
  lo: number;
  hi: number;
  kind: "days" | "amount";
  unit: string;
}

function intervalOf(value: Value): Interval {
  if (value.type === "quantity") {
    return { lo: value.min ?? -Infinity, hi: value.max ?? Infinity, kind: "amount", unit: value.unit };
  }
  if (value.start === null) return { lo: -Infinity, hi: Infinity, kind: "days", unit: "day" };
  return { lo: dayNumber(value.start), hi: dayNumber(value.end), kind: "days", unit: "day" };
}

/** Built at first use: an Intl number format costs a few milliseconds to make, at every start-up of the CLI otherwise. */
let plainFormat: Intl.NumberFormat | null = null;
const plain = { format: (n: number): string => (plainFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 })).format(n) };

/** "[1997-01-01 … 1997-12-31]", "[2,800, ∞) person", "(−∞, 999,999,999] USD", "[10, 10] percent" */
export function formatInterval(value: Value): string {
  if (value.type === "date" && value.start === null) return "[no calendar day: the report is undated]";
  if (value.type !== "quantity") return `[${value.start} … ${value.end}]`;
  const lo = value.min === null ? "(−∞" : `[${plain.format(value.min)}`;
  const hi = value.max === null ? "∞)" : `${plain.format(value.max)}]`;
  return `${lo}, ${hi}${value.unit === "" ? "" : ` ${value.unit}`}`;
}

function gapText(gap: number, interval: Interval): string {
  if (interval.kind === "days") {
    const years = gap >= 365 ? `, about ${plain.format(Math.round(gap / 365.25))} ${Math.round(gap / 365.25) === 1 ? "year" : "years"}` : "";
    return `${plain.format(gap)} ${gap === 1 ? "day" : "days"}${years} apart`;
  }
  return `${formatAmount(gap, interval.unit)} apart`;
}

// ---------------------------------------------------------------------------------------------
// the comparison, per basis

function label(claim: Claim): string {
  return `${claim.document} ${describeValue(claim.value)} ${formatInterval(claim.value)}`;
}

/** Two intervals: which lies before the other, or what they share. */
function compareTwo(a: Claim, b: Claim): string {
  const undated = (c: Claim): boolean => c.value.type === "date" && c.value.start === null;
  if (undated(a) || undated(b)) return `${label(a)} and ${label(b)} have no calendar day: they are compared by what their text fixes (weekday, day, clock time)`;
  const x = intervalOf(a.value);
  const y = intervalOf(b.value);
  if (x.kind !== y.kind) return `${label(a)} and ${label(b)} are values of different kinds`;
  if (x.kind === "amount" && x.unit !== y.unit) return `${label(a)} and ${label(b)} are in different units`;
  const [first, second, i, j] = x.hi < y.lo ? [a, b, x, y] : [b, a, y, x];
  if (i.hi < j.lo) {
    const gap = j.lo - i.hi;
    return `${label(first)} ends before ${label(second)} begins (${gapText(gap, i)}): the intervals do not overlap`;
  }
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  if (x.lo === y.lo && x.hi === y.hi) return `${label(a)} and ${label(b)} are the same interval`;
  const inside = (p: Interval, q: Interval): boolean => p.lo >= q.lo && p.hi <= q.hi;
  if (inside(x, y)) return `${label(a)} lies within ${label(b)}`;
  if (inside(y, x)) return `${label(b)} lies within ${label(a)}`;
  return `${label(a)} and ${label(b)} overlap from ${boundText(lo, x)} to ${boundText(hi, x)}`;
}

function boundText(n: number, interval: Interval): string {
  if (n === Infinity) return "∞";
  if (n === -Infinity) return "−∞";
  if (interval.kind === "amount") return plain.format(n);
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

function comparison(basis: Basis, byId: ReadonlyMap<ClaimId, Claim>, finding: Finding): string[] {
  const get = (id: ClaimId): Claim | undefined => byId.get(id);
  const pair = (a: ClaimId, b: ClaimId): string[] => {
    const x = get(a);
    const y = get(b);
    return x && y ? [compareTwo(x, y)] : [`claims ${a} and ${b} (not in this report)`];
  };
  switch (basis.kind) {
    case "disjoint-intervals":
      return [
        "Comparison: disjoint intervals — the same measure of a topic with one true value, and no value lies in both intervals.",
        ...pair(basis.a, basis.b),
      ];
    case "different-measures": {
      const lines = [`Comparison: different measures — ${basis.measures.map((m) => m ?? "(none)").join(", ")}; figures of different measures are not expected to match.`];
      for (const claim of finding.claims.map(get)) {
        if (claim) lines.push(`${claim.measure ?? "(no measure)"}: ${label(claim)}`);
      }
      return lines;
    }
    case "different-frames": {
      const x = get(basis.a);
      const y = get(basis.b);
      const frame = (c: Claim | undefined): string => (c?.frame ? `${describeFrame(c.frame)} ${formatInterval(c.frame)}` : "no time frame");
      return [
        "Comparison: different time frames — the values count over different periods, so they need not match.",
        `${x ? label(x) : basis.a}, time frame ${frame(x)}`,
        `${y ? label(y) : basis.b}, time frame ${frame(y)}`,
      ];
    }
    case "bounds-both-hold":
      return ["Comparison: bounds that both hold — each value is a bound, and one number can satisfy both.", ...pair(basis.a, basis.b)];
    case "within-tolerance":
      return ["Comparison: within tolerance — approximate values that meet only through their stated precision.", ...pair(basis.a, basis.b)];
    case "story-date":
      return ["Comparison: date lent by the story — the first document states no date of its own, so it was read as written on the day most reports of its story were (its relative days, the periods its figures imply); that may be off, so the two do not contradict.", ...pair(basis.a, basis.b)];
    case "undated-reports":
      return ["Comparison: undated reports — the days or clock times differ, but no report states its date, so neither can be put on a calendar; reports written on different days may name one day differently, so the two do not contradict.", ...pair(basis.a, basis.b)];
    case "undated-one-day":
      return ["Comparison: undated reports, one day's happening — no report states its date, but they name different weekdays for one happening that has one day (a death, a blast, an arrest); reports of one story written within a week cannot name one past day by two weekdays, so the two contradict.", ...pair(basis.a, basis.b)];
    case "recurring":
      return ["Comparison: recurring — the values differ, but the topic is one whose happenings recur, so they may be two occurrences rather than one told two ways.", ...pair(basis.a, basis.b)];
    case "unstated-frame":
      return ["Comparison: unstated period — the values differ, but one states its period and the other's is only implied by its document's date, so they may count different periods.", ...pair(basis.a, basis.b)];
    case "refinement":
      return ["Comparison: refinement — the finer value lies within the coarser one, or rounds to it.", ...pair(basis.finer, basis.coarser)];
    case "one-sentence":
      return ["Comparison: one sentence — both values stand in the same sentence, so they count different things.", ...pair(basis.a, basis.b)];
    case "part-of-count":
      return ["Comparison: part of a count — one value is a part of a larger count in its sentence (two of “two women and one man”), or the whole a part is taken from (10 of “eight of their last 10”).", ...pair(basis.part, basis.other)];
    case "across-midnight":
      return ["Comparison: across midnight — a night and the small hours of the next day may be one moment; writers differ on which day to call it.", ...pair(basis.night, basis.early)];
    case "unstated-year":
      return ["Comparison: unstated year — the dates differ only through a year taken from a document's date; in the year the other states they would fit.", ...pair(basis.a, basis.b)];
    case "unestablished":
      return ["Comparison: occurrence not established — the values differ, but the claims name no place, party or event in common, so nothing shows they are about one occurrence.", ...pair(basis.a, basis.b)];
    case "later-report":
      return ["Comparison: later report — values reported on different days: a running count may have grown, and a figure no rule fixes may describe a later state or another occurrence.", ...pair(basis.earlier, basis.later)];
    case "unknown-report-time":
      return ["Comparison: reporting time unknown — running counts, at least one without a known reporting day.", ...pair(basis.a, basis.b)];
    case "sources-differ":
      return ["Comparison: sources differ — estimates given by different sources.", ...pair(basis.a, basis.b)];
    case "converted":
      return [`Comparison: converted — sums in two currencies that differ at the rate other reports of their story give (one of the first's currency is ${Number(basis.rate.toPrecision(3))} of the second's); neither report states that rate, so the two do not contradict.`, ...pair(basis.a, basis.b)];
    case "equal":
    case "same-event": {
      const claims = basis.claims.flatMap((id) => {
        const c = get(id);
        return c ? [c] : [];
      });
      const head =
        basis.kind === "equal"
          ? "Comparison: equal — the values are equal within their stated precision."
          : "Comparison: same event — every value's interval overlaps the others.";
      const [first, ...rest] = claims;
      return [head, ...(first ? rest.map((c) => compareTwo(first, c)) : [])];
    }
  }
}

// ---------------------------------------------------------------------------------------------

function claimBlock(claim: Claim, index: number): string[] {
  const lines = [
    `  ${index + 1}. ${location(claim)}  (claim ${claim.id})`,
    `     matched:  "${claim.text}"${claim.trigger ? `  trigger: "${claim.trigger}"` : ""}`,
    `     sentence: "${claim.sentence.replace(/\s+/g, " ")}"`,
    `     value:    ${describeValue(claim.value)}  →  ${claim.value.type} ${formatInterval(claim.value)}${claim.value.type === "quantity" ? "" : ` (${claim.value.granularity})`}`,
  ];
  if (claim.measure !== null) lines.push(`     measure:  ${claim.measure}`);
  if (claim.frame) lines.push(`     frame:    ${describeFrame(claim.frame)} ${formatInterval(claim.frame)}`);
  if (claim.claimFrame) lines.push(`     reads:`, ...claimFrameLines(claim.claimFrame).map((l) => `       ${l}`));
  if (claim.actors.length > 0) lines.push(`     actors:   ${claim.actors.join(", ")}`);
  if (claim.provenance.length > 0) lines.push(`     provenance: ${claim.provenance.join(", ")}`);
  return lines;
}

/** The explanation of one finding of the report. */
export function explainFinding(report: Report, finding: Finding): string {
  const byId = new Map(report.claims.map((c) => [c.id, c] as const));
  const rule = report.rules?.find((r) => r.id === finding.rule);
  const cardinality = rule ? (rule.cardinality === "single" ? ", one true value" : ", recurring: many true values") : "";
  const lines = [
    `Finding ${finding.id}: ${finding.verdict}${finding.selfContradiction ? " (within one document)" : ""}`,
    `Topic: ${finding.topic} (rule ${finding.rule}${cardinality})`,
  ];
  const description = rule?.description.replace(/\s+/g, " ").trim();
  if (rule && description) lines.push(`Rule: ${description}${rule.file ? ` [${rule.file}]` : ""}`);
  lines.push("", "Claims:");
  finding.claims.forEach((id, i) => {
    const claim = byId.get(id);
    lines.push(...(claim ? claimBlock(claim, i) : [`  ${i + 1}. claim ${id} (not in this report)`]));
  });
  const { sides } = findingView(finding, byId);
  if (sides.length > 1) {
    lines.push("", "Sides (claims on one side agree with each other):");
    sides.forEach((side, i) => {
      const numbers = side.map((c) => finding.claims.indexOf(c.id) + 1).join(", ");
      lines.push(`  ${sideHeading(side, i)}: ${describeValue(side[0]!.value)} (claims ${numbers})`);
    });
  }
  if (finding.rate) lines.push("", `Rate: ${finding.rate} (the story's own statements of one sum in two currencies; no other rate is used).`);
  const [head = "", ...rest] = comparison(finding.basis, byId, finding);
  lines.push("", head, ...rest.map((l) => `  ${l}`), "", `Verdict: ${finding.verdict}. ${finding.reason}`, "");
  return escapeControls(lines.join("\n"), "\n");
}

/** (report, finding id or unique prefix) → the explanation; throws when the id names no finding. */
export function explain(report: Report, findingId: string): string {
  const found = resolveFindingId(report, findingId);
  if (!found.ok) throw new Error(found.message);
  return explainFinding(report, found.finding);
}
