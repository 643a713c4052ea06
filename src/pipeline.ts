/**
 * The stage order, top to bottom: ingest → extract → normalize → group → judge → report.
 * Each stage is a pure function of what the previous one returned (plus the rules); only ingest
 * reads files.
 *
 * A scan runs in two halves:
 *   1. per file (scanFile): read → decode → date → extract → normalize. Files are independent, so
 *      this half runs in worker threads (cli/concurrency.ts) or comes from the claim cache
 *      (cache/), and a file's text is dropped as soon as its claims are out: memory stays bounded
 *      however large the archive;
 *   2. across files (compare): stories → group → judge → report, always recomputed over every
 *      file's claims (a file's salient terms, for stories, come with its claims from the first half).
 * `scan` runs both in this thread; any other way of running the first half must give the same
 * FileScan for the same file, so the report is byte-identical.
 */
import { asInternal } from "./errors.js";
import { readingText } from "./ingest/wrapped-lines.js";
import { assignDates, withDate } from "./ingest/document-date.js";
import { type Manifest, manifestDate, withManifestDate } from "./ingest/manifest.js";
import { type ProjectConfig, pathPatternsOf } from "./ingest/project-config.js";
import type { PathPattern } from "./ingest/dates/path-date.js";
import { documentOf, duplicateWarning, nothingReadable, projectConfig, readInput } from "./ingest/read-documents.js";
import { INGEST_CODES } from "./ingest/ingest-codes.js";
import { findSuppressions } from "./ingest/suppressions.js";
import { expandInputs, type WalkOptions } from "./ingest/walk-inputs.js";
import { didYouMean } from "./ruleset/did-you-mean.js";
import { buildExtractor, extractCandidates, type Extractor } from "./extract/extract.js";
import { profileOf } from "./extract/salient-terms.js";
import { frameDocument } from "./extract/frame-pass.js";
import { countedAsFramed, frameCandidate, frameVetoes, reconcile } from "./extract/frame-claims.js";
import { claimFrameOf } from "./extract/frames/index.js";
import { normalize } from "./normalize/normalize.js";
import { judgedClaims } from "./group/frame-claims.js";
import { groupClaims } from "./group/group.js";
import { buildStories } from "./group/stories.js";
import { storyYears } from "./group/story-years.js";
import { storyDays } from "./group/story-dates.js";
import { toldFromItsDay, weekdayDays, weekdaysNamed } from "./group/weekday-days.js";
import { type LeadDay, leadDayOf } from "./group/lead-days.js";
import { type QuotedLine, quotedLinesOf } from "./group/quoted-statements.js";
import { judgeGroup } from "./judge/judge.js";
import { withoutRepeatedAgreements } from "./judge/repeated.js";
import { uniqueIds } from "./judge/fingerprint.js";
import { buildReport } from "./report/build-report.js";
import { UserError } from "./errors.js";
import { dayAndClockOf } from "./normalize/clock-of-day.js";
import { mayHoldRelativeDay, standInDay, undatedClaims } from "./normalize/undated-days.js";
import type { Claim, CompiledRule, Diagnostic, DocumentProfile, Finding, IsoDay, Report, SourceDocument } from "./types.js";

export interface ScanOptions {
  paths: readonly string[];
  cwd: string;
  /** Reference date for documents that state none (--as-of). */
  asOf: IsoDay | null;
  rules: readonly CompiledRule[];
  /** Publication dates from a sources manifest (--manifest), by absolute path. */
  manifest?: Manifest;
  /** How folders are walked: links (--follow) and ignore rules (--no-ignore, --ignore-pattern). */
  walk?: WalkOptions;
  /** A text read from standard input (`scan -`), and the name the report gives it (--stdin-filename). */
  stdin?: { name: string; bytes: Uint8Array };
  /** The project file, when the caller has read it already (else it is looked for from `cwd`). */
  config?: ProjectConfig | null;
  /** Ids of rules turned off: suppression comments may name them without a warning. */
  offRules?: readonly string[];
}

/**
 * extract + normalize for one document (already dated): the rules' triggers take their values as
 * before, each with its claim frame (which may veto it); every other date and quantity comes in
 * through its frame (a rule's vocabulary, or a rule named after the frame).
 */
export function claimsOf(doc: SourceDocument, rules: readonly CompiledRule[], extractor = buildExtractor(rules)): Claim[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const { values: framed, sentences, mentionsAt, dateless } = frameDocument(doc);
  // NOTE: values are known by offset and length: a composite count and its first part start together
  // ("Two nurses and one doctor" and "Two")
  const at = (offset: number, length: number): string => `${offset}:${length}`;
  const byOffset = new Map(framed.map((f) => [at(f.offset, f.mention.length), f]));
  // The framed values of each sentence, gathered once: filtering all of them for each candidate
  // was quadratic in a file's values (a file of 50,000 short dated sentences: two minutes).
  const bySentence = new Map<number, (typeof framed)[number][]>();
  for (const f of framed) {
    const list = bySentence.get(f.sentenceStart);
    if (list) list.push(f);
    else bySentence.set(f.sentenceStart, [f]);
  }
  const taken = new Set<string>();
  const claims: Claim[] = [];
  // the trigger pass takes the frame pass's sentences and values rather than reading them again
  for (const found of extractCandidates(extractor, doc, mentionsAt, sentences)) {
    const rule = byId.get(found.rule);
    if (!rule || dateless.has(found.offset)) continue;
    const f = byOffset.get(at(found.offset, found.mention.length));
    if (f && frameVetoes(f, rule)) continue;
    const candidate = f ? reconcile(extractor, found, f, bySentence.get(f.sentenceStart) ?? []) : found;
    if (!candidate) continue;
    const claim = normalize(f ? { ...candidate, mention: countedAsFramed(candidate.mention, f.reading), claimFrame: claimFrameOf(f.reading) } : candidate, rule, doc);
    if (claim) {
      pushWithClock(claims, claim);
      taken.add(at(candidate.offset, candidate.mention.length));
    }
  }
  for (const f of framed) {
    if (taken.has(at(f.offset, f.mention.length))) continue;
    const made = frameCandidate(extractor, doc.path, f);
    const claim = made ? normalize(made.candidate, made.rule, doc) : null;
    if (claim) pushWithClock(claims, claim);
  }
  return detached(claims).sort((a, b) => a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** A claim; a day told with its clock time after it as two, the day and the clock ("Saturday at 4:30 p.m.": normalize/clock-of-day.ts). */
function pushWithClock(claims: Claim[], claim: Claim): void {
  const split = dayAndClockOf(claim);
  if (split) claims.push(split.day, split.clock);
  else claims.push(claim);
}

/**
 * The claims with every string they hold copied out of the document's text. V8 keeps a string cut
 * from a longer one (12 characters or more) as a pointer into it, so one participant's name, one
 * sentence, kept the whole document in memory until the report was written: a scan held every text
 * it had read (10.8 MB of the State of the Union at 1×, four times that at 4×). Equal strings share
 * one copy.
 *
 * A copy is cut from a new string of one more character (" " + value): cutting flattens it into a
 * string of its own, so the copy holds that one and not the document; a third of the cost of
 * copying through JSON.stringify and JSON.parse.
 */
function detached(claims: Claim[]): Claim[] {
  const copies = new Map<string, string>();
  const visit = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (value.length < 12) return value;
      let c = copies.get(value);
      if (c === undefined) copies.set(value, (c = ` ${value}`.slice(1)));
      return c;
    }
    if (value === null || typeof value !== "object") return value;
    // (an array by its indices, a record by for…in: no list of keys is made for each object met)
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (v !== null && (typeof v === "string" || typeof v === "object")) value[i] = visit(v);
      }
      return value;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const v = record[key];
      if (v !== null && (typeof v === "string" || typeof v === "object")) record[key] = visit(v);
    }
    return value;
  };
  for (const c of claims) visit(c);
  return claims;
}

/** A document as the report lists it: everything but its text. */
export type DocumentRecord = Pick<SourceDocument, "path" | "sha256" | "date" | "dateSource" | "dateConfidence" | "duplicates" | "yearless"> & {
  /** Its salient terms, for grouping documents into stories (not part of the report). */
  profile?: DocumentProfile;
  /** The day its lead gives its main happening (group/lead-days.ts; not part of the report). */
  leadDay?: LeadDay;
  /** The weekdays it names, when it states no date (group/weekday-days.ts; not part of the report). */
  weekdays?: string[];
  /** The quotations that open a line after a colon (group/quoted-statements.ts; not part of the report). */
  quotedLines?: QuotedLine[];
};

/**
 * stories → group → judge → report, given every document's claims. Documents are grouped into
 * stories first (group/stories.ts); each claim is marked with its document's story, and claims
 * are compared within a story only.
 */
export function compare(
  documents: readonly DocumentRecord[],
  claims: readonly Claim[],
  rules: readonly CompiledRule[],
  asOf: IsoDay | null,
  diagnostics: Report["diagnostics"],
  suppressed = 0,
): Report {
  try {
    const stories = buildStories(documents);
    const storyOf = new Map(stories.flatMap((s) => s.documents.map((d) => [d, s.id] as const)));
    const placed = claims.map((c) => ({ ...c, story: storyOf.get(c.document) ?? "" }));
    const byId = new Map(placed.map((c) => [c.id, c]));
    // (an agreement another agreement holds whole is left out: judge/repeated.ts)
    const findings: Finding[] = uniqueIds(withoutRepeatedAgreements(groupClaims(judgedClaims(placed), rules, documents).flatMap(judgeGroup)), byId);
    const report = buildReport({ asOf, documents, claims: placed, findings, diagnostics, stories });
    return suppressed > 0 ? { ...report, summary: { ...report.summary, suppressed } } : report;
  } catch (error) {
    throw asInternal("comparing the claims across files", `${documents.length} documents, ${claims.length} claims`, error);
  }
}

/**
 * The claims a document's `relcheck-disable-next-line` comments leave, how many they dropped,
 * and a warning for each rule id they name that no loaded rule has (a typo would drop nothing).
 */
export function applySuppressions(
  doc: Pick<SourceDocument, "path" | "text" | "lineStarts">,
  claims: readonly Claim[],
  known: ReadonlySet<string>,
): { claims: Claim[]; suppressed: number; diagnostics: Diagnostic[] } {
  const directives = findSuppressions(doc.text, doc.lineStarts);
  if (directives.length === 0) return { claims: [...claims], suppressed: 0, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const byLine = new Map<number, Set<string> | null>();
  for (const d of directives) {
    for (const id of d.rules ?? []) {
      if (known.has(id)) continue;
      const hint = didYouMean(id, [...known]);
      const message = `relcheck-disable-next-line names no loaded rule '${id}'${hint ? ` (did you mean '${hint}'?)` : ""}`;
      diagnostics.push({ code: INGEST_CODES.suppression, severity: "warning", message, file: doc.path, line: d.line, column: d.column });
    }
    const previous = byLine.get(d.line + 1);
    const all = previous === null || d.rules === null;
    byLine.set(d.line + 1, all ? null : new Set([...(previous ?? []), ...d.rules!]));
  }
  const kept = claims.filter((c) => {
    if (!byLine.has(c.line)) return true;
    const rules = byLine.get(c.line);
    return rules !== null && !rules!.has(c.rule);
  });
  return { claims: kept, suppressed: claims.length - kept.length, diagnostics };
}

// --- the per-file half -----------------------------------------------------------------------

/** One input file to scan. */
export interface FileJob {
  path: string;
  /** Its date from the sources manifest, if the manifest names it. */
  manifestDate: IsoDay | null;
  /** Found by walking a folder or a glob (not named by the user): a report relcheck wrote is passed over. */
  walked?: boolean;
  /** The text itself, when it came from standard input rather than from a file named `path`. */
  bytes?: Uint8Array;
  /** The year its story gives a dateline that states none (a second reading: redateFromStories). */
  storyYear?: number;
  /** The day its story lends a document that states no date at all (a second reading: redateFromStories). */
  storyDate?: IsoDay;
  /** That day was lent by the weekdays it names (group/weekday-days.ts): its "today" and "yesterday" stay unread. */
  storyDateOfWeekdays?: boolean;
}

/** What one file contributes: plain data, so it crosses threads and is kept by the cache as is. */
export type FileScan =
  | { kind: "skipped"; diagnostic: Diagnostic }
  /** The same bytes as an earlier input (only when the caller could tell before decoding). */
  | { kind: "duplicate"; sha256: string }
  /** `suppressed`: claims dropped by relcheck-disable-next-line comments (absent: none). */
  | { kind: "document"; document: DocumentRecord; claims: Claim[]; diagnostics: Diagnostic[]; suppressed?: number };

/** What every file of a scan is read with. */
export interface FileContext {
  cwd: string;
  asOf: IsoDay | null;
  rules: readonly CompiledRule[];
  extractor: Extractor;
  config: ProjectConfig | null;
  /** Every rule id a suppression comment may name: the rules run and those turned off. */
  knownRules: ReadonlySet<string>;
  /** relcheck.yml's `dates: paths:` patterns, compiled. */
  pathPatterns: readonly PathPattern[];
}

export function fileContext(options: Pick<ScanOptions, "cwd" | "asOf" | "rules" | "offRules">, config: ProjectConfig | null): FileContext {
  const knownRules = new Set([...options.rules.map((r) => r.id), ...(options.offRules ?? [])]);
  return { cwd: options.cwd, asOf: options.asOf, rules: options.rules, extractor: buildExtractor(options.rules), config, knownRules, pathPatterns: pathPatternsOf(config) };
}

/**
 * One file: read → decode → date (front matter, manifest, relcheck.yml, what the text states, its
 * path, --as-of, inferred) →
 * claims. `seen` (in-order callers only) skips decoding a copy of an earlier input.
 */
export function scanFile(job: FileJob, ctx: FileContext, seen?: (sha256: string) => boolean): FileScan {
  try {
    return scanOneFile(job, ctx, seen);
  } catch (error) {
    throw asInternal("reading and extracting claims", job.path, error);
  }
}

function scanOneFile(job: FileJob, ctx: FileContext, seen?: (sha256: string) => boolean): FileScan {
  const input = readInput(job.path, ctx.cwd, {}, job.walked === true, job.bytes);
  if (input.kind === "skipped") return input;
  if (seen?.(input.sha256)) return { kind: "duplicate", sha256: input.sha256 };
  const read = documentOf(job.path, input, ctx.config, ctx.cwd, job.storyYear);
  const given = read.documents.map((d) => (job.manifestDate ? withManifestDate(d, job.manifestDate) : d));
  // Dating and extraction read hard-wrapped paragraphs whole, their inner line breaks as spaces
  // (ingest/wrapped-lines.ts; the same offsets, so lines and columns still point into the original);
  // suppression comments are read line by line in the original.
  const reading = given.map((d) => ({ ...d, text: readingText(d.text, d.masked) }));
  const [dated] = assignDates(reading, { asOf: ctx.asOf, pathPatterns: ctx.pathPatterns });
  const doc = job.storyDate && dated!.date === null ? withDate(dated!, job.storyDate, "story", "low") : dated;
  const found = applySuppressions({ ...doc!, text: given[0]!.text }, storyDated(doc!, withUndatedDays(doc!, claimsOf(doc!, ctx.rules, ctx.extractor), ctx), job.storyDateOfWeekdays === true), ctx.knownRules);
  const { path, sha256, date, dateSource, dateConfidence, yearless } = doc!;
  const diagnostics = [...read.diagnostics, ...found.diagnostics];
  return {
    kind: "document",
    document: { path, sha256, date, dateSource, ...(dateConfidence ? { dateConfidence } : {}), ...(yearless && date === null ? { yearless } : {}), ...undatedWeekdays(doc!), ...leadDayOfDocument(doc!), ...quotedLinesOfDocument(doc!), profile: profileOf(doc!) },
    claims: found.claims,
    diagnostics,
    ...(found.suppressed > 0 ? { suppressed: found.suppressed } : {}),
  };
}

/**
 * A document that states no date, is lent none and names relative days or clock times: those are
 * claims too, with no calendar day (normalize/undated-days.ts), found by reading it once more as
 * of a stand-in day. A dated document (or one whose dateline gives a month and a day) is not read again.
 */
function withUndatedDays(doc: SourceDocument, claims: Claim[], ctx: FileContext): Claim[] {
  if (doc.date !== null || doc.yearless || !mayHoldRelativeDay(doc.text)) return claims;
  const standIn = claimsOf({ ...doc, date: standInDay(doc.text), dateSource: "flag" }, ctx.rules, ctx.extractor);
  const undated = undatedClaims(doc.text, claims, standIn);
  return undated.length === 0 ? claims : [...claims, ...undated].sort((a, b) => a.offset - b.offset || a.length - b.length);
}

/** The quotations a document opens on a line of their own after a colon (group/quoted-statements.ts); nothing when none. */
function quotedLinesOfDocument(doc: { text: string }): { quotedLines?: QuotedLine[] } {
  const quotedLines = quotedLinesOf(doc.text);
  return quotedLines.length > 0 ? { quotedLines } : {};
}

/** The day a dated document's lead gives its main happening (group/lead-days.ts); nothing when it gives none. */
function leadDayOfDocument(doc: { date: IsoDay | null; text: string }): { leadDay?: LeadDay } {
  const leadDay = leadDayOf(doc.text, doc.date);
  return leadDay ? { leadDay } : {};
}

/** The weekdays a document that states no date names, for its story to read them (group/weekday-days.ts); nothing for a dated one. */
function undatedWeekdays(doc: { date: IsoDay | null; yearless?: unknown; text: string }): { weekdays?: string[] } {
  if (doc.date !== null || doc.yearless) return {};
  const weekdays = weekdaysNamed(doc.text);
  return weekdays.length > 0 ? { weekdays } : {};
}

/** The files to read, in order, with the problems met while finding them. */
export interface ScanPlan {
  jobs: FileJob[];
  diagnostics: Diagnostic[];
  config: ProjectConfig | null;
}

export function planScan(options: Pick<ScanOptions, "paths" | "cwd" | "manifest" | "walk" | "stdin" | "config">): ScanPlan {
  const config = options.config !== undefined ? options.config : projectConfig(options.cwd);
  const { files, named, diagnostics } = expandInputs(options.paths, options.cwd, options.walk);
  const manifest = options.manifest;
  const dateOf = (path: string) => (manifest ? manifestDate(manifest, path, options.cwd) : null);
  const jobs = files.map((path): FileJob => ({ path, manifestDate: dateOf(path), ...(named.has(path) ? {} : { walked: true }) }));
  const stdin = options.stdin;
  if (stdin) {
    if (files.includes(stdin.name)) throw new UserError(`--stdin-filename ${stdin.name}: a file of that name is scanned too; give standard input another name`);
    jobs.push({ path: stdin.name, manifestDate: dateOf(stdin.name), bytes: stdin.bytes });
    jobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  return { jobs, diagnostics: [...diagnostics], config };
}

/**
 * The files' results, in the plan's order → documents, claims and diagnostics, as reading the
 * files one after another gives them: a copy of an earlier file is counted once (its own
 * claims, if it was scanned, are dropped).
 */
export function assemble(plan: ScanPlan, results: readonly FileScan[]): { documents: DocumentRecord[]; claims: Claim[]; diagnostics: Diagnostic[]; suppressed: number } {
  const diagnostics = [...plan.diagnostics];
  let suppressed = 0;
  const documents: DocumentRecord[] = [];
  const claims: Claim[] = [];
  const bySha = new Map<string, { index: number; duplicates: string[] }>();
  results.forEach((result, i) => {
    const path = plan.jobs[i]!.path;
    if (result.kind === "skipped") {
      diagnostics.push(result.diagnostic);
      return;
    }
    const sha256 = result.kind === "duplicate" ? result.sha256 : result.document.sha256;
    const first = bySha.get(sha256);
    if (first) {
      first.duplicates.push(path);
      diagnostics.push(duplicateWarning(path, documents[first.index]!.path));
      return;
    }
    if (result.kind === "duplicate") throw new Error(`internal: ${path} is a copy of no earlier input`);
    bySha.set(sha256, { index: documents.length, duplicates: [] });
    documents.push(result.document);
    for (const claim of result.claims) claims.push(claim); // no spread: a file may hold more claims than a call takes arguments
    suppressed += result.suppressed ?? 0;
    for (const d of result.diagnostics) diagnostics.push(d);
  });
  for (const { index, duplicates } of bySha.values()) {
    if (duplicates.length > 0) documents[index] = { ...documents[index]!, duplicates };
  }
  const none = documents.length === 0 ? nothingReadable(diagnostics) : null;
  if (none) throw none;
  return { documents, claims, diagnostics, suppressed };
}

/** Provenance of a claim of a document read as of a day its story lent it (judge.ts never lets it contradict). */
export const STORY_DATED = "date:story";

/**
 * The claims of a document dated by its story, marked as read as of that day: its relative days
 * were resolved against a day it does not state, which implies no period of its figures and is no
 * time of report either (their frames keep none).
 */
function storyDated(doc: SourceDocument, claims: Claim[], ofWeekdays: boolean): Claim[] {
  if (doc.dateSource !== "story") return claims;
  // (a day lent by its weekdays is theirs: the day it was written, its "today", stays unknown)
  return (ofWeekdays ? claims.filter((c) => !toldFromItsDay(c)) : claims).map((c) => {
    // (a period only its document's date would imply stays unknown, as in an undated document)
    const marked = { ...c, provenance: [...c.provenance, STORY_DATED], ...(c.frameImplied ? { frame: null } : {}) };
    if (!c.claimFrame) return marked;
    const { reportedUntil: _, ...time } = c.claimFrame.time;
    return { ...marked, claimFrame: { ...c.claimFrame, time: { ...time, reportedAt: null } } };
  });
}

/**
 * The files' results, with each undated document read again with what its story gives: the year
 * of a dateline that gives a month and a day but no year (group/story-years.ts), or the day of a
 * document that states no date at all (group/story-dates.ts): its relative days then resolve. The
 * others are kept as they are.
 */
export function redateFromStories(plan: ScanPlan, results: readonly FileScan[], ctx: FileContext): FileScan[] {
  const documents = results.flatMap((r) => (r.kind === "document" ? [r.document] : []));
  const years = storyYears(documents);
  const days = storyDays(documents);
  // (a document still undated whose weekdays the story's reports read as one day each: weekday-days.ts)
  const weekdays = weekdayDays(documents, results.flatMap((r) => (r.kind === "document" ? r.claims : [])), new Set([...years.keys(), ...days.keys()]));
  if (years.size === 0 && days.size === 0 && weekdays.size === 0) return [...results];
  return results.map((r, i) => {
    if (r.kind !== "document") return r;
    const year = years.get(r.document.path);
    if (year !== undefined) return scanFile({ ...plan.jobs[i]!, storyYear: year }, ctx);
    const byWeekday = weekdays.get(r.document.path);
    if (byWeekday !== undefined) return scanFile({ ...plan.jobs[i]!, storyDate: byWeekday, storyDateOfWeekdays: true }, ctx);
    const day = days.get(r.document.path);
    return day === undefined ? r : scanFile({ ...plan.jobs[i]!, storyDate: day }, ctx);
  });
}

export function scan(options: ScanOptions): Report {
  const plan = planScan(options);
  const ctx = fileContext(options, plan.config);
  const shas = new Set<string>();
  const firstReading = plan.jobs.map((job) => {
    const result = scanFile(job, ctx, (sha) => shas.has(sha));
    if (result.kind === "document") shas.add(result.document.sha256);
    return result;
  });
  const results = redateFromStories(plan, firstReading, ctx);
  const { documents, claims, diagnostics, suppressed } = assemble(plan, results);
  return compare(documents, claims, options.rules, options.asOf, diagnostics, suppressed);
}
