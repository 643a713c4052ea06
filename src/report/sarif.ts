/**
 * The SARIF 2.1.0 reporter, for code-scanning dashboards (GitHub code scanning, Azure DevOps,
 * VS Code SARIF viewer). One run; one reportingDescriptor per relcheck rule; one result per
 * contradiction (level "error") or divergence (level "warning"), unless the rule's severity sets
 * another level (report/levels.ts). Agreements are not problems and
 * are only counted in the run's properties.
 *
 * A result's location is its finding's first claim (relative URI, full region with snippet); the
 * other claims are relatedLocations, linked from the message text as "[in 1996](1)". The finding
 * fingerprint (Finding.id) goes in partialFingerprints so that dashboards track a finding across
 * runs even when lines move. Columns and character offsets are UTF-16 code units, as in the report.
 *
 * Pure: a function of the report; no I/O.
 */
import { escapeJsonControls } from "./control-chars.js";
import type * as Sarif from "sarif";
import type { Claim, Diagnostic, Finding, Report, ReportRule } from "../types.js";
import { describeValue } from "./describe-value.js";
import { levelsOf } from "./levels.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** The key of the finding fingerprint in result.partialFingerprints. */
export const FINGERPRINT_KEY = "relcheckFinding/v1";


/** "seeds/my file#1.txt" → "seeds/my%20file%231.txt"; "/abs/x.txt" → "file:///abs/x.txt". */
export function pathToUri(path: string): string {
  const posix = path.split("\\").join("/");
  const encoded = posix
    .split("/")
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join("/");
  if (posix.startsWith("/")) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${encoded}`;
  return encoded;
}

export interface ClaimEnd {
  endLine: number;
  /** Exclusive: the column just after the last character, as SARIF and GitHub expect. */
  endColumn: number;
}

/** Where a claim's text ends: "in 1997" at 6:10 → 6:17; a text spanning a line break ends on a later line. */
export function claimEnd(claim: Pick<Claim, "line" | "column" | "text" | "length">): ClaimEnd {
  const text = claim.text.length === claim.length ? claim.text : claim.text.slice(0, claim.length);
  const breaks = text.split(/\r\n|\r|\n/);
  if (breaks.length === 1) return { endLine: claim.line, endColumn: claim.column + claim.length };
  return { endLine: claim.line + breaks.length - 1, endColumn: (breaks.at(-1)?.length ?? 0) + 1 };
}

function region(claim: Claim): Sarif.Region {
  return {
    startLine: claim.line,
    startColumn: claim.column,
    ...claimEnd(claim),
    charOffset: claim.offset,
    charLength: claim.length,
    snippet: { text: claim.text },
  };
}

function location(claim: Claim, artifactIndex: ReadonlyMap<string, number>): Sarif.PhysicalLocation {
  const index = artifactIndex.get(claim.document);
  return {
    artifactLocation: { uri: pathToUri(claim.document), ...(index === undefined ? {} : { index }) },
    region: region(claim),
  };
}

/** SARIF message text treats "[…](…)" as links; literal brackets are escaped (§3.11.6). */
function escapeText(text: string): string {
  return text.replace(/[[\]]/g, (c) => `\\${c}`);
}

function claimLabel(claim: Claim): string {
  const measure = claim.measure ? ` (${claim.measure})` : "";
  return `"${claim.text}" = ${describeValue(claim.value)}${measure}`;
}

function resultMessage(finding: Finding, claims: readonly Claim[]): string {
  const [first, ...others] = claims;
  const parts = [escapeText(finding.reason)];
  if (first) parts.push(`Here: ${escapeText(claimLabel(first))}.`);
  if (others.length > 0) {
    const links = others.map((c, i) => `[${escapeText(claimLabel(c))}](${i + 1}) in ${escapeText(c.document)}:${c.line}`);
    parts.push(`Compared with ${links.join("; ")}.`);
  }
  return parts.join(" ");
}

function ruleHelp(rule: ReportRule): { text: string; markdown: string } {
  const values =
    rule.cardinality === "single"
      ? "The topic has one true value, so claims whose values cannot overlap contradict each other (error)."
      : "The topic recurs (several true values), so different values are distinct occurrences unless the rule ties them to one event.";
  const compare = `relcheck extracts the claims about "${rule.topic}" from every document and compares them. ${values} Claims that differ without excluding each other (different measures, time frames, or bounds that both hold) diverge (warning).`;
  const action = "Check the quoted sources and correct the one that is wrong; if the difference is known and accepted, record it with `relcheck baseline`.";
  const text = [rule.description.trim(), compare, action, `Rule file: ${rule.file}.`];
  const markdown = [rule.description.trim(), compare, action, `Rule file: \`${rule.file}\`.`];
  return { text: text.join("\n\n"), markdown: markdown.join("\n\n") };
}

function describeRule(rule: ReportRule): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.topic },
    fullDescription: { text: rule.description.trim() || rule.topic },
    help: ruleHelp(rule),
    defaultConfiguration: { level: rule.severity ?? (rule.cardinality === "single" ? "error" : "warning") },
    properties: { tags: ["consistency", rule.cardinality], cardinality: rule.cardinality, file: rule.file },
  };
}

/**
 * The rules of the report, plus any rule a finding names that the report does not describe: a
 * topic read from claim frames alone ("frame:kill/person", no rule file), or a built-in one.
 */
function reportRules(report: Report): ReportRule[] {
  const rules = new Map<string, ReportRule>((report.rules ?? []).map((r) => [r.id, r]));
  for (const f of report.findings) {
    if (!rules.has(f.rule))
      rules.set(f.rule, { id: f.rule, topic: f.topic, description: f.topic, cardinality: "single", file: f.rule.startsWith("frame:") ? "(claim frames)" : "(built in)" });
  }
  return [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function notification(d: Diagnostic): Sarif.Notification {
  const where: Sarif.Location[] = d.file
    ? [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToUri(d.file) },
            ...(d.line === undefined ? {} : { region: { startLine: d.line, ...(d.column === undefined ? {} : { startColumn: d.column }) } }),
          },
        },
      ]
    : [];
  return { level: d.severity, message: { text: d.message }, descriptor: { id: d.code }, ...(where.length ? { locations: where } : {}) };
}

export function buildSarif(report: Report): Sarif.Log {
  const rules = reportRules(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifactIndex = new Map(report.documents.map((d, i) => [d.path, i]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const levelOf = levelsOf(report);

  const results: Sarif.Result[] = [];
  for (const finding of report.findings) {
    const level = levelOf(finding);
    const found = finding.claims.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    const [first, ...others] = found;
    if (level === null || first === undefined) continue;
    results.push({
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule) ?? -1,
      kind: "fail",
      level,
      message: { text: resultMessage(finding, found) },
      locations: [{ physicalLocation: location(first, artifactIndex) }],
      ...(others.length > 0
        ? {
            relatedLocations: others.map((c, i) => ({
              id: i + 1,
              physicalLocation: location(c, artifactIndex),
              message: { text: claimLabel(c) },
            })),
          }
        : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: finding.id },
      ...(report.baseline ? { baselineState: "new" as const } : {}),
      properties: {
        findingId: finding.id,
        verdict: finding.verdict,
        topic: finding.topic,
        measures: finding.measures,
        claims: finding.claims,
        selfContradiction: finding.selfContradiction,
      },
    });
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: "relcheck",
        version: report.tool.version,
        ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
        rules: rules.map(describeRule),
      },
    },
    invocations: [
      {
        executionSuccessful: !report.diagnostics.some((d) => d.severity === "error"),
        toolExecutionNotifications: report.diagnostics.map(notification),
      },
    ],
    artifacts: report.documents.map((d) => ({
      location: { uri: pathToUri(d.path) },
      hashes: { "sha-256": d.sha256 },
    })),
    columnKind: "utf16CodeUnits",
    // Per SARIF §3.14.23 results is present even when empty: "no problems found".
    results,
    properties: {
      asOf: report.asOf,
      summary: report.summary,
      ...(report.baseline
        ? {
            baseline: {
              file: report.baseline.file,
              known: report.baseline.known.length,
              stale: report.baseline.stale.map((e) => e.id),
            },
          }
        : {}),
    },
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}

/** Reporter: the SARIF log as indented JSON. */
export function sarif(report: Report): string {
  return `${escapeJsonControls(JSON.stringify(buildSarif(report), null, 2))}\n`;
}
