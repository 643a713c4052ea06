/**
 * Every type that crosses a stage boundary. This module imports nothing from src/.
 *
 * Pipeline: ingest → extract → normalize → group → judge → report.
 * All types are plain JSON-serializable data: no classes, no Dates, no Maps.
 *
 * Conventions:
 * - offsets and lengths are 0-based UTF-16 code units into the decoded document text;
 * - lines and columns are 1-based (column counted in UTF-16 units from the line start);
 * - calendar days are ISO strings "YYYY-MM-DD"; intervals are inclusive at both ends.
 */

/** "YYYY-MM-DD" */
export type IsoDay = string;

// ---------------------------------------------------------------------------------------------
// ingest

/**
 * Where a document's date came from, in order of preference: what the user states (front matter,
 * a manifest or relcheck.yml), what the document states (HTML metadata, a dateline or publication
 * line at its top, the date in its address line), a date in its file path, --as-of, and last a
 * date inferred from its text.
 */
export type DateSource = "frontmatter" | "manifest" | "html-meta" | "dateline" | "url" | "path" | "flag" | "inferred" | "story";

/**
 * How sure relcheck is of a date it read or guessed itself (never given for dates the user states):
 * "high" the document states its date in a form that leaves no doubt; "medium" it states it but
 * something was guessed (the order of "05/02/2013", a year taken from elsewhere, a month alone, an
 * update stamp); "low" a year alone, or a date inferred from the dates its text mentions.
 */
export type DateConfidence = "high" | "medium" | "low";

export interface SourceDocument {
  /** As the user named it (relative to the working directory), '/' separators. */
  path: string;
  /** Decoded text, BOM removed. Offsets of claims point into this string. */
  text: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
  /** The document's own date (publication / creation), used for relative expressions. */
  date: IsoDay | null;
  dateSource: DateSource | null;
  /** How sure the date is, when relcheck read or inferred it (see DateConfidence); absent for dates the user states. */
  dateConfidence?: DateConfidence;
  /**
   * When the document states its date only to the month (an address "/2008/12/" and no dateline),
   * the last day it may be; `date` is then the first. Absent when the date is a day.
   */
  dateUntil?: IsoDay;
  /** Offsets (UTF-16) at which each line starts; lineStarts[0] === 0. */
  lineStarts: readonly number[];
  /**
   * Ranges of `text` that are not prose (front matter, HTML tags, scripts): extraction skips them.
   * Sorted, non-overlapping, [start, end) in UTF-16 units. Optional; absent means "all prose".
   */
  masked?: readonly (readonly [number, number])[];
  /** Paths of other inputs whose content is byte-identical to this one (counted once). */
  duplicates?: readonly string[];
  /** The encoding the bytes were decoded from, e.g. "utf-8", "utf-16le", "windows-1252". */
  encoding?: string;
  /**
   * An undated document whose dateline gives a month and a day but no year that could be found
   * ("APR 28"): that month and day (ingest/dates/header-date.ts HeaderReading.yearless).
   */
  yearless?: { month: number; day: number };
}

/**
 * What a document is about, for grouping documents into stories: its salient terms (proper names
 * used inside its sentences, event nouns of its opening) with their counts, sorted by term.
 */
export interface DocumentProfile {
  terms: string[];
  counts: number[];
}

// ---------------------------------------------------------------------------------------------
// values (the value layer: src/values/). Shared by `scan` and `mentions`.

export type Granularity = "day" | "month" | "year" | "decade" | "century" | "part";

/**
 * A qualifier read from the text. "more than", "over", "above", "in excess of" → "over";
 * "at least", "no fewer than" → "at least"; "up to", "as many as", "under", "less than" → "up to";
 * "nearly", "almost", "just under" → "nearly"; "around", "about", "roughly", "some" → "around";
 * "an estimated", "estimated" → "estimated".
 */
export type Qualifier = "over" | "nearly" | "around" | "at least" | "up to" | "estimated" | null;

/** A date or period. start/end are inclusive calendar days whatever the granularity. */
export interface DateValue {
  type: "date";
  start: IsoDay;
  end: IsoDay;
  /** 'part' = late April, mid-2025, first half of 2025, Q3 1988 … */
  granularity: Granularity;
  approximate: boolean;
}

/** A number of something; an open bound is null. */
export interface QuantityValue {
  type: "quantity";
  min: number | null;
  max: number | null;
  /** "person", "USD", "EUR", "GBP", "PKR", "percent", "percentage-point", "km", "year", … or "" when unitless. */
  unit: string;
  approximate: boolean;
  qualifier: Qualifier;
  /** The number as stated ("around 1.2 million" → 1200000); null for vague magnitudes ("millions"). */
  nominal: number | null;
  /**
   * For a pair of numbers that is one value (values/quantity/score-pairs.ts): a score ("won 27-24",
   * higher first), a win-loss record ("the Hawks (8-6)", wins first) or a vote's tally ("a 6-3
   * vote", for first) or a run of scoring ("a 9-0 run", higher first). The unit is the pair's kind (PairKind); min, max and nominal are its first
   * number; two pairs are one value only when both numbers are equal (values/intervals.ts).
   */
  pair?: readonly [number, number];
}

/** What a pair of numbers is (QuantityValue.pair): a game's score, a win-loss record, a vote's tally, a run of scoring ("a 9-0 run"). */
export type PairKind = "score" | "record" | "tally" | "run";

/** A span of time: from 1996 to 2001, 1979–1989. */
export interface RangeValue {
  type: "range";
  start: IsoDay;
  end: IsoDay;
  granularity: Granularity;
}

/** A weekday of a relative day (RelativeDay.weekday). */
export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

/**
 * What a relative day or clock time of a report that no date can be given fixes (normalize/undated-days.ts):
 * a weekday ("on Friday"), a day counted from the report's own ("yesterday": -1), a month and a day
 * without a year ("Nov. 18") or a month alone ("in January"), years counted from the report's own
 * ("three years ago": -3), a clock time ("5:30 p.m.": "17:30", with its zone when stated), and a
 * part of the day (or of the year) as the text states it ("morning", "late", "earlier"). Only what
 * the text gives is present.
 */
export interface RelativeDay {
  weekday?: Weekday;
  daysFromReport?: number;
  /** A month, with `day` its day ("Nov. 18"), or alone ("in January": the month of no stated year). */
  month?: number;
  day?: number;
  /** Years counted from the report's own year: -3 "three years ago", -1 "a year ago", "last year", 0 "this year" (its part as written: "earlier"). */
  yearsFromReport?: number;
  /** Weeks counted from the report's own week: -1 "last week", 0 "this week", 1 "next week" (its part as written: "early"). */
  weeksFromReport?: number;
  /** "HH:MM", 24-hour. */
  time?: string;
  /** The clock's zone as written, upper-cased ("UTC", "GMT", "IST"); absent when none is stated. */
  zone?: string;
  part?: string;
}

/**
 * A day or clock time of a report that no date can be given ("on Friday", "yesterday", "at 5:30
 * p.m."): no calendar day (start and end null), only what the text fixes (`relative`). Compared
 * only with other such values of its story, never with a calendar day (group/undated-days.ts).
 */
export interface UndatedDayValue {
  type: "date";
  start: null;
  end: null;
  /** "part" for a part of a day or a clock time; "day" for a day, and for a month alone or a year counted from the report (`relative` tells which). */
  granularity: "day" | "part";
  approximate: boolean;
  relative: RelativeDay;
}

/** A value the value layer reads (a mention's): a calendar date or span, or a quantity. */
export type StatedValue = DateValue | QuantityValue | RangeValue;

/** A claim's value: a stated value, or a day of a report that no date can be given. */
export type Value = StatedValue | UndatedDayValue;

/**
 * What a unit measures, for units that convert into one another at a fixed factor (metres and
 * feet are both lengths). Currencies have no dimension of their own, since their rates change:
 * "money" is the dimension of a currency only where a story gives its own rate (Claim.exchange).
 */
export type Dimension = "length" | "area" | "speed" | "mass" | "energy" | "power" | "time" | "years" | "money";

/** ISO-TimeML TIMEX3 attributes of a temporal expression. */
export interface Timex {
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** "2025-04", "199", "2025-H1", "P1M", "PRESENT_REF", "XXXX-08" … */
  value: string;
  /** "START" | "MID" | "END" | "APPROX" | "BEFORE" | "AFTER" | "EQUAL_OR_LESS" | … or null. */
  mod: string | null;
}

/**
 * What kind of expression a mention is. The first group are values that claims are built on;
 * the second group are recognized *so that they are not* read as claims (they are listed by
 * `relcheck mentions` with a kind that says what they are).
 */
export type MentionKind =
  | "date" // a calendar date or period: 2021, August 2021, late April 2025, the 1990s, four years ago
  | "range" // a span between two dates: from 1996 to 2001, 1979–1989
  | "time" // a clock time or part of day: 10 a.m., this morning
  | "duration" // a length of time: a month, four years
  | "set" // a recurrence: every week, annually
  | "quantity" // a number of something: over 2,800 fatalities, $1 billion, 10%
  | "ordinal" // third, 2nd — kept apart from cardinals
  | "citation" // (Rashid, 2010a)
  | "section-number" // 3.4.
  | "version-label" // Taliban 2.0
  | "identifier"; // ORCID, phone numbers, handles, DOIs

export interface Mention {
  /** 0-based UTF-16 offset into the text that was scanned. */
  offset: number;
  length: number;
  /** The expression as written (text.slice(offset, offset + length)). */
  text: string;
  kind: MentionKind;
  /** Normalized value; null for kinds that carry none (citations, identifiers …) or when unresolvable. */
  value: StatedValue | null;
  /** TIMEX3 attributes for temporal kinds (date, range, time, duration, set); null otherwise. */
  timex: Timex | null;
  /**
   * True when the value depends on the reference date (four years ago, this year, in late August)
   * — chrono's "implied" as opposed to "stated" components.
   */
  relative: boolean;
  /** Which grammar pattern produced it, e.g. "date/month-year", "quantity/qualified-scale". */
  pattern: string;
  /**
   * For quantities: the noun the number counts, as written and lower-cased ("refugees",
   * "fatalities", "security personnel"), when the grammar can see it; null otherwise.
   */
  counted?: string | null;
  /**
   * For ranges: the two endpoint dates, each with its own offset, value and TIMEX
   * ("from 1996 to 2001" → "1996", "2001"), as TimeML annotates them. For a composite count, the
   * counts it adds up ("two women and one man" → "two" women, "one" man; "a man and a woman" →
   * two parts of 1): each a quantity mention of its own, not listed apart from the composite.
   */
  parts?: Mention[];
  /**
   * For a partitive count, the whole it is taken from: "three of the five hostages" is 3 (counting
   * hostages) of a whole of 5; the whole is not a figure of its own (not listed apart).
   */
  whole?: Mention;
  /**
   * A count that adds to an earlier figure rather than giving a total: "two more victims", "a
   * further 300", "another 12 people", "an additional 50 troops" (ClaimFrame modality "increment").
   */
  increment?: boolean;
}

export interface MentionOptions {
  /** Reference date for relative expressions (the document creation time); null = unresolved. */
  asOf: IsoDay | null;
  /**
   * The last day the document may have been written on, when only a span is known (an address
   * `/2013/09/` and no dateline: `asOf` is the span's first day): a relative expression then spans
   * the days it can mean from `asOf` to this day ("today" is any day of the month).
   */
  asOfUntil?: IsoDay | null;
}

// ---------------------------------------------------------------------------------------------
// tagging (src/extract/tag/): the words of a sentence that holds a value, with their part of speech

/** Universal Dependencies part-of-speech tags, as the tagger gives them. */
export type PartOfSpeech =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON"
  | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

/** One token of a tagged sentence. Offsets are 0-based UTF-16 units into the sentence. */
export interface TaggedToken {
  text: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
  /** Base form, lower-cased: "killed" → "kill", "people" → "people", "was" → "be". */
  lemma: string;
}

// ---------------------------------------------------------------------------------------------
// rules (src/ruleset/): rules/*.yml compiled

export type RuleId = string;
export type Cardinality = "single" | "recurring";
export type ValueKind = "date" | "quantity" | "range";

export interface RuleMeasure {
  name: string;
  /** Compiled trigger patterns (case-insensitive) that select this measure in the sentence. */
  triggers: readonly string[];
  /** Value limits of this measure's figures, instead of the rule's (CompiledRule.limits). */
  limits?: ValueLimits;
}

/** Bounds a rule's figures lie within ({min: 0, max: 10} for a magnitude); null = open on that side. */
export interface ValueLimits {
  min: number | null;
  max: number | null;
}

/**
 * How far apart two figures of a rule may be and still not contradict: the larger of `absolute`
 * (in the figures' unit) and `relative` (a share of the figure, 0.05 = 5%). Figures this close
 * diverge (within tolerance) instead of contradicting.
 */
export interface RuleTolerance {
  relative: number;
  absolute: number;
}

export interface RuleExample {
  text: string;
  /** Expected: null = must not match; otherwise the claim that must be extracted. */
  expect: null | { text?: string; measure?: string | null; value?: Partial<Record<string, unknown>> };
  /** Reference date for the example's relative expressions. */
  asOf?: IsoDay;
}

/**
 * A rule as vocabulary over claim frames: the value of any sentence whose frame has one of these
 * predicates or counted things belongs to the rule's topic, with or without a trigger word near it.
 */
export interface RuleVocabulary {
  /** Base forms of the verbs, event nouns and adjectives of the topic ("kill", "death", "dead", "death toll", "lose ... life"). */
  predicates: readonly string[];
  /** What the figures count or measure ("person", "magnitude", "money"); empty = anything. */
  counted: readonly string[];
  /** Figures of the topic are estimates (crowd sizes, forecasts): different sources may differ. */
  estimates: boolean;
}

export interface CompiledRule {
  id: RuleId;
  /** Where it was loaded from, for messages. */
  file: string;
  topic: string;
  description: string;
  cardinality: Cardinality;
  /** Which value kinds this rule takes claims from. */
  values: readonly ValueKind[];
  /** For quantities: the units accepted ("person", "currency", "percent" …); empty = any. */
  units: readonly string[];
  /** Source strings of the trigger patterns (for --explain and the prefilter). */
  triggers: readonly string[];
  /** The sentence must also contain one of these (e.g. actors); empty = no requirement. */
  context: readonly string[];
  /** The sentence must contain none of these near the trigger (negations, other events). */
  exclude: readonly string[];
  /** Maximum distance in words between trigger and value. */
  window: number;
  /** Regular expressions (sources) that also signal the topic; matched in linear time. */
  patterns: readonly string[];
  /** For single topics: dates further apart than this many days are different occurrences; null = never. */
  distinctAfterDays: number | null;
  /** What tells occurrences apart: the actors of the sentence, or the proper name before the trigger. */
  subject: "actors" | "name";
  /**
   * Figures belong to single events (the toll of one attack), not to a period: no time frame is
   * implied from the document's date.
   */
  anchored: boolean;
  /** Figures are running counts (tolls, arrests): only figures of one reporting day contradict. */
  tallies?: boolean;
  /** Figures are estimates (crowd sizes, forecasts): figures of different sources diverge. */
  estimates?: boolean;
  /**
   * `limits:` — a quantity outside these bounds is not a claim of the rule ("magnitude 12" is no
   * magnitude); a measure's own limits (RuleMeasure.limits) hold for its figures instead. Absent
   * or null: no limits.
   */
  limits?: ValueLimits | null;
  /**
   * `unit-aliases:` — units as the value layer reads them → the unit the rule accepts and compares
   * them in ("magnitude" → "", "homer" → "run"); "" is no unit (`none` in the rule file). The
   * rule's `units` may name `none` too: figures that are bare numbers.
   */
  unitAliases?: Readonly<Record<string, string>>;
  /** `tolerance:` — how far apart two figures may be and still not contradict (the judge); absent: their own precision only. */
  tolerance?: RuleTolerance | null;
  /**
   * `identify:` — the participant roles that identify an occurrence of the topic (place, event …):
   * claims whose frames name different participants in these roles are about different
   * occurrences. Read by the identity stage; absent or empty: its default.
   */
  identify?: readonly ParticipantRole[];
  /** `exclude-window:` — how many words either side of a trigger an exclude word reaches (default 3). */
  excludeWindow?: number;
  /**
   * `one-kind-of-happening:` — each occurrence of the topic is of one kind of happening: claims whose
   * predicates name different kinds (group/predicate-classes.ts) are about different occurrences,
   * whatever day they share ("arrested on Monday" and "the Monday shooting"). Absent: false.
   */
  oneKindOfHappening?: boolean;
  measures: readonly RuleMeasure[];
  /** For quantity rules: the counted noun (if the grammar found one) must match one of these. */
  counted: readonly string[];
  examples: readonly RuleExample[];
  /** Vocabulary over claim frames (see RuleVocabulary); absent for rules of triggers only. */
  vocabulary?: RuleVocabulary;
}

// ---------------------------------------------------------------------------------------------
// extract → normalize

export type ClaimId = string;
export type FindingId = string;

/** extract → normalize: a value mention that a rule's trigger points at, with its surroundings. */
export interface Candidate {
  rule: RuleId;
  document: string;
  mention: Mention;
  /** Offset of the mention in the document (mention.offset is relative to the sentence). */
  offset: number;
  sentence: string;
  trigger: string;
  measure: string | null;
  /** A date or range mention that frames a quantity ("since 2021"), with the word that introduced it. */
  frame: { mention: Mention; signal: string } | null;
  actors: readonly string[];
  provenance: readonly string[];
  /** What the sentence claims with this value, from the frame stage (extract/frames). */
  claimFrame?: ClaimFrame;
}

/**
 * Who or what takes part in the occurrence a claim is about. `key` is the normalized name
 * ("kabul", "marfin bank", "red sox"): two claims are about one occurrence only if every role
 * that both name has a matching key (a missing participant is unknown, never equal).
 */
/** The roles a participant of an occurrence takes (Participant.role). */
/** holder: whose measure a value is ("the 62-metre vessel", "the tower measures 120 metres"). */
export type ParticipantRole = "agent" | "patient" | "place" | "event" | "recipient" | "holder";

export interface Participant {
  role: ParticipantRole;
  /** As written, e.g. "the Marfin bank", "police in Athens". */
  text: string;
  key: string;
  /**
   * For a description told back ("the ferry", "the gunman", "the 52-year-old"): the name its
   * document gives the thing or person it refers to (extract/coreference.ts); absent otherwise.
   */
  refersTo?: string;
}

/** How a sentence holds its value back from a plain assertion. */
export type Modality =
  | "negated" // "no one was killed", "did not recognise … in 1997"
  | "forecast" // "expected to close in early 2026", "will", "plans to"
  | "hypothetical" // "could cost up to $5 billion", "if …"
  | "comparison-base" // "more than in 2008": the value is what something else is compared with
  | "increment" // "two more victims", "a further 300": an addition, not a total
  | "part" // "five of Dayton's first eight points": a part of a whole the sentence states
  | "difference" // "four years older", "five rounds sooner": how far apart two things are, not a value of one
  | "approximate"; // "about", "some", "an estimated": the writer says it is not exact

/**
 * What one value in a sentence claims, read from the sentence's structure (extract/frames/):
 * the counted or measured thing, the predicate it completes, who and where, when, per whom, and
 * how firmly. The stated time frame itself stays in Claim.frame.
 */
export interface ClaimFrame {
  /** Lemma of what is counted or measured: "person", "country", "magnitude", "price"; null if none is seen. */
  counted: string | null;
  /** The verb or event noun the value completes, in base form ("kill", "injure", "buy", "recognize"). */
  predicate: { lemma: string; voice: "active" | "passive" | null } | null;
  participants: Participant[];
  time: {
    /** A running figure that later reports may raise: "so far", "at least", "rose to", tolls. */
    tally: boolean;
    /** When the figure was reported: a stated time of report, else the document's date; null = unknown. */
    reportedAt: IsoDay | null;
    /**
     * When the report is known only to a span (its document's date is a month), the last day it
     * may be; reportedAt is then the first. Absent when reportedAt is a day.
     */
    reportedUntil?: IsoDay;
  };
  /** Who says so inside the text: "police", "the ministry", "USGS"; null when the writer says it. */
  attribution: string | null;
  modality: Modality[];
  /**
   * For a claim in a sentence whose subject is "he" or "she" (for a statistic, also a player told by
   * a role: "the rookie"): the name the sentences before give it (extract/pronoun-antecedent.ts);
   * absent otherwise. Read by group/stat-lines.ts as the figure's holder where the figure's clause
   * is the pronoun's, and by group/pronoun-agents.ts as the doer of a verb the pronoun is subject of.
   */
  subjectToldBack?: string;
}

export interface Claim {
  id: ClaimId;
  rule: RuleId;
  topic: string;
  measure: string | null;
  document: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  /** The value expression as written. */
  text: string;
  value: Value;
  /** The sentence the claim stands in (trimmed), for quotes. */
  sentence: string;
  /** A time frame that qualifies a quantity ("since 2021", "in the first half of 2025"). */
  frame: DateValue | RangeValue | null;
  /**
   * True when the text states no time frame and `frame` is the document's year: a level that
   * changes over time (trade, aid, refugees, tariffs) is taken as of when the document was written.
   * With `frame` null, the document has no date, so the period is unknown: such a claim may agree
   * or diverge, never contradict.
   */
  frameImplied?: boolean;
  /** Named actors seen in the sentence (canonical names), used to keep distinct events apart. */
  actors: readonly string[];
  /** The trigger words that matched, as written. */
  trigger: string;
  /** ["rule:…", "pattern:…", "trigger:…"] — shown by --explain. */
  provenance: readonly string[];
  /** What the sentence claims with this value (see ClaimFrame); absent in reports of older versions. */
  claimFrame?: ClaimFrame;
  /** The story (documents about the same events) the claim's document belongs to; see Story. */
  story?: string;
  /**
   * Money in a story that converts its own figures ("€2m ($2.6m)"): what one unit of the claim's
   * currency is worth in the story's reference currency, learnt from those conversions
   * (group/exchange-rates.ts). Set for grouping and judging only; never part of a report.
   */
  exchange?: number;
  /**
   * The lowest and highest worth of one unit of the claim's currency that its story's statements
   * give (`exchange` lies between): the rate's spread, allowed when sums are compared at it.
   */
  exchangeRange?: readonly [number, number];
  /** Where the statements that give the claim's rate stand ("d.txt:6 “€2m ($2.6m)”"). */
  rateStated?: readonly string[];
  /**
   * Money whose own document gives a sum in two currencies ("€2m ($2.6m)"): the other currencies
   * that document converts the claim's currency to or from, so that a rate between them is its own
   * report's, not only its story's (group/exchange-rates.ts). Set for grouping and judging only.
   */
  ratesTold?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// group → judge

export type Verdict = "agree" | "diverge" | "contradict";

/** One occurrence: claims of one story about the same thing (group/), judged together (judge/). */
export interface ClaimGroup {
  key: string;
  rule: RuleId;
  topic: string;
  cardinality: Cardinality;
  claims: readonly Claim[];
  /** The story the claims' documents belong to. */
  story?: string;
  /**
   * The names (countries, name:… and title:… words, keys of unnamed participants) that two or more
   * of its claims give: what identifies the occurrence. Only claims linked to each other by such
   * evidence may contradict (judge/claim-facts.ts); others may agree or diverge. Absent: every
   * claim counts as linked (unit tests of the verdict table).
   */
  identity?: readonly string[];
  /** The rule's figures are estimates (crowd sizes, forecasts): sources may differ, and round zeros. */
  estimates?: boolean;
  /** The rule's figures are running tallies (tolls, arrests) that later reports may raise. */
  tallies?: boolean;
  /** Stated dates (front matter, manifest, --as-of) of the documents, as reporting days for claims that carry no frame. */
  reportingDays?: Readonly<Record<string, IsoDay>>;
  /** The rule's tolerance (CompiledRule.tolerance), for the judge; absent: the figures' own precision only. */
  tolerance?: RuleTolerance;
  /** Its claims tell one moment and are compared by their clock times, not their days (group/moments.ts). */
  moments?: boolean;
  /** Its claims are days or clock times of reports that no date can be given (group/undated-days.ts, judge/undated-days.ts). */
  undated?: boolean;
}

/** The structured reason for a verdict; judge/reasons.ts alone turns it into words. */
export type Basis =
  | { kind: "disjoint-intervals"; a: ClaimId; b: ClaimId }
  | { kind: "different-measures"; measures: readonly string[] }
  | { kind: "different-frames"; a: ClaimId; b: ClaimId }
  | { kind: "bounds-both-hold"; a: ClaimId; b: ClaimId }
  | { kind: "within-tolerance"; a: ClaimId; b: ClaimId }
  /** Values that miss each other where `a` stands in a document read as of a day its story lent it (group/story-dates.ts). */
  | { kind: "story-date"; a: ClaimId; b: ClaimId }
  /** Relative days or clock times that differ, of reports that no date can be given (group/undated-days.ts): never a contradiction. */
  | { kind: "undated-reports"; a: ClaimId; b: ClaimId }
  /** Different weekdays of one happening that has one day (a death, a blast), told by reports that no date can be given (judge/one-day-weekdays.ts): a contradiction. */
  | { kind: "undated-one-day"; a: ClaimId; b: ClaimId }
  /** Figures that miss each other in a topic whose happenings recur (a player signed, a city shelled): maybe two occurrences. */
  | { kind: "recurring"; a: ClaimId; b: ClaimId }
  /** Figures that miss each other, one for a stated period and one for a period only implied by its document's date. */
  | { kind: "unstated-frame"; a: ClaimId; b: ClaimId }
  /** Two days next to each other, `night` told as the earlier's night ("late Thursday") and `early` as the later's small hours ("1:30 a.m. Friday"): maybe one moment. */
  | { kind: "across-midnight"; night: ClaimId; early: ClaimId }
  /** Dates that miss each other only through a year taken from a document's date: `a` states none ("in May"), and in a year `b` states it would fit. */
  | { kind: "unstated-year"; a: ClaimId; b: ClaimId }
  /** Figures that miss each other but cannot be shown to be about one occurrence (no shared place, party or event). */
  | { kind: "unestablished"; a: ClaimId; b: ClaimId }
  /** Two values of one sentence: a writer giving two figures at once counts two things (exports and imports; officers and men). */
  | { kind: "one-sentence"; a: ClaimId; b: ClaimId }
  /** A value that is a part of a larger count in its sentence ("two" of "two women and one man"), or the whole of a partitive ("10" of "eight of their last 10"). */
  | { kind: "part-of-count"; part: ClaimId; other: ClaimId }
  /** Running tallies reported on different days: the later report may have counted more. */
  | { kind: "later-report"; earlier: ClaimId; later: ClaimId }
  /** Running tallies of which at least one has no known reporting day. */
  | { kind: "unknown-report-time"; a: ClaimId; b: ClaimId }
  /** Estimates attributed to different sources. */
  | { kind: "sources-differ"; a: ClaimId; b: ClaimId }
  /** Sums in two currencies that differ at a rate only other reports of their story state (group/exchange-rates.ts): `rate` is what one of `a`'s currency is worth in `b`'s. */
  | { kind: "converted"; a: ClaimId; b: ClaimId; rate: number }
  | { kind: "equal"; claims: readonly ClaimId[] }
  | { kind: "refinement"; finer: ClaimId; coarser: ClaimId }
  | { kind: "same-event"; claims: readonly ClaimId[] };

export interface Finding {
  id: FindingId;
  rule: RuleId;
  topic: string;
  verdict: Verdict;
  /** Every claim the finding compares, in report order. */
  claims: ClaimId[];
  /** Measures of the claims, in order of first appearance (null when the rule has none). */
  measures: (string | null)[];
  basis: Basis;
  reason: string;
  /** True when all claims come from one document (a document that contradicts itself). */
  selfContradiction: boolean;
  /**
   * The claims grouped by what they say: claims on one side agree with each other ("1997",
   * "25 May 1997"); sides differ as the verdict says ("1996"). Every claim is on exactly one side.
   */
  sides?: ClaimId[][];
  /**
   * Compared with a baseline: the claim that makes this known finding new (it stands on a side
   * the baseline does not know, or makes a contradiction where there was none). The finding's
   * claims then start with it, and its reason names it.
   */
  cause?: ClaimId;
  /**
   * Sums in two currencies compared at their story's own rate (group/exchange-rates.ts): the rate
   * and where the story states it ("1 GBP = 1.53 USD, as stated in d.txt:6 “€2m (£1.7m; $2.6m)”").
   */
  rate?: string;
}

/**
 * Documents about the same events (topic detection and tracking): claims are compared within a
 * story only, so an archive of unrelated documents does not set one event's figures against another's.
 */
export interface Story {
  id: string;
  /** Its documents' paths, in report order. */
  documents: string[];
  /** The salient names, places and event nouns that bind it, most telling first. */
  keys: string[];
}

// ---------------------------------------------------------------------------------------------
// report

export interface ReportDocument {
  path: string;
  sha256: string;
  date: IsoDay | null;
  dateSource: DateSource | null;
  /** How sure the date is, when relcheck read or inferred it (see DateConfidence). */
  dateConfidence?: DateConfidence;
  /** Other paths with identical content that were counted once as this document. */
  duplicates?: string[];
}

export interface Summary {
  documents: number;
  claims: number;
  agree: number;
  diverge: number;
  contradict: number;
  /** Claims dropped by `relcheck-disable-next-line` comments (present when there are any). */
  suppressed?: number;
}

/**
 * User-facing problems that are not findings: unreadable files, skipped binaries … A note says
 * what was passed over on purpose (a report relcheck wrote itself); it is printed with --verbose.
 */
export interface Diagnostic {
  code: string;
  severity: "error" | "warning" | "note";
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface Report {
  schema: "relcheck/report@1";
  tool: { name: "relcheck"; version: string };
  asOf: IsoDay | null;
  documents: ReportDocument[];
  claims: Claim[];
  findings: Finding[];
  /** Documents grouped into stories (see Story); absent in reports of older versions. */
  stories?: Story[];
  summary: Summary;
  diagnostics: Diagnostic[];
  /** The rules the scan ran, for formats that describe them (SARIF tool.driver.rules). */
  rules?: ReportRule[];
  /** Present when the scan compared its findings with a baseline (`scan --baseline FILE`). */
  baseline?: BaselineComparison;
}

/** A rule as reports describe it. */
export interface ReportRule {
  id: RuleId;
  topic: string;
  description: string;
  cardinality: Cardinality;
  /** The rule file it was loaded from, as named to the user. */
  file: string;
  /** The level its findings take when set (relcheck.yml `severity:`, `--rule ID=LEVEL`); absent: by verdict. */
  severity?: "error" | "warning" | "note";
}

// ---------------------------------------------------------------------------------------------
// baseline (src/baseline/): findings already reviewed, identified by their fingerprint (Finding.id)

/** One claim of a baselined finding, kept for human review of the baseline file. */
export interface BaselineClaim {
  document: string;
  measure: string | null;
  /** The side of the finding it stood on (0 = the first side); absent in entries without sides. */
  side?: number;
  /** The value expression as written. */
  text: string;
  /** The sentence it stands in. */
  quote: string;
}

export interface BaselineEntry {
  id: FindingId;
  rule: RuleId;
  topic: string;
  verdict: Verdict;
  reason: string;
  claims: BaselineClaim[];
}

/** The file `relcheck baseline` writes: entries sorted by rule, topic and id. */
export interface Baseline {
  schema: "relcheck/baseline@1";
  /** The fingerprint scheme the ids were made with (judge/fingerprint.ts FINGERPRINT_VERSION). */
  fingerprintVersion: number;
  findings: BaselineEntry[];
}

/** What `scan --baseline` found: the report then lists only the findings not in the baseline. */
export interface BaselineComparison {
  /** The baseline file, as named to the user. */
  file: string;
  /** Findings of this run that the baseline already holds (left out of `findings`). */
  known: FindingId[];
  /** Ids of the findings of this run not in the baseline. */
  new: FindingId[];
  /** Baseline entries that no longer occur. */
  stale: BaselineEntry[];
  /** True when the stale entries were dropped from the file (`--prune`). */
  pruned: boolean;
}

export type Format = "table" | "json" | "csv" | "sarif" | "github" | "markdown" | "html";

export interface ReporterOptions {
  color: boolean;
  /** csv: start with a UTF-8 byte order mark so that Excel reads the file as UTF-8 (--csv-bom). */
  csvBom?: boolean;
  /** table: the width to fit, in terminal columns (default 120). */
  width?: number;
}

/** A reporter is a pure function of the report. */
export type Reporter = (report: Report, options: ReporterOptions) => string;
