/**
 * The cheap pass over a whole document: where does which rule's trigger occur? Owns the one
 * matcher that all rules' triggers are compiled into; does not decide what a trigger means
 * (extract.ts does, sentence by sentence).
 *
 * A trigger starts at the start of a word, so the scan walks the text word by word and looks the
 * word's first three letters up in a table built from the triggers' first words: "the", "and",
 * "of" start no trigger and cost one lookup; "rec…" leads to the few triggers that can start
 * with it ("recogni*"), each tried as a sticky regular expression at that word only. The text is
 * read about once (~100 MB/s) instead of trying a 150-way alternation at every position.
 *
 * Exactness: every place where a rule's trigger expression matches inside a sentence is found
 * (the table passes over only words that none of its triggers can start with). A match found
 * here may reach past a sentence ("took\nover"); that only makes the caller read one more
 * sentence.
 */
import { inflections } from "./inflect.js";
import { termSourceAfterWordStart, termsSource } from "./terms.js";

export interface TriggerHit {
  start: number;
  end: number;
  /** Which trigger list matched (the index of the rule in the list given to the scanner). */
  list: number;
}

export interface TriggerScanner {
  /** Every trigger match in `text`, by start (lists in order at one start; matches may overlap). */
  scan(text: string): TriggerHit[];
}

// Character classes of the table: a–z are 0–25; 26 is "anything else" (a digit, an apostrophe,
// a space or hyphen between words, the end of the text). The first letter may also be a digit (26).
const OTHER = 26;
const CLASSES = 27;
const ANY: readonly number[] = Array.from({ length: CLASSES }, (_, i) => i);

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The class of a character. Under case-insensitive Unicode matching only two non-ASCII characters
 * fold onto ASCII letters: the Kelvin sign (k) and the long s (ſ); every other one is "else".
 */
function classOf(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  if (c === 0x212a) return 10;
  if (c === 0x17f) return 18;
  return OTHER;
}

/** classOf for ASCII, by table; NOT_WORD marks what is neither a letter nor a digit. */
const NOT_WORD = 255;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => (isAsciiAlnum(c) ? classOf(c) : NOT_WORD));

function fastClass(c: number): number {
  if (c < 128) {
    const k = ASCII_CLASS[c]!;
    return k === NOT_WORD ? OTHER : k;
  }
  return classOf(c);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** \p{L} or \p{N}, as the triggers' word boundaries (`(?<![\p{L}\p{N}])`) define them. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  if (Number.isNaN(c)) return false;
  // No-break space, dashes, curly quotes, ellipsis: the common non-ASCII characters of prose.
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) return false;
  return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
}

/**
 * The classes the characters at positions 0, 1, 2 of a match of `term` can have; null when the
 * term may start with something other than an ASCII letter or digit.
 */
function keyClasses(term: string): number[][] | null {
  const words = term.trim().toLowerCase().split(/\s+/);
  const first = words[0] ?? "";
  const more = words.length > 1;
  const wild = first.endsWith("*");
  // The forms the first word matches (terms.ts): "strike" is also "struck", "meet" also "met".
  const forms = wild ? [first.slice(0, -1)] : inflections(first);
  const classes: Set<number>[] = [new Set(), new Set(), new Set()];
  for (const stem of forms) {
    if (stem === "..." || stem === "" || !isAsciiAlnum(stem.charCodeAt(0))) return null;
    for (let p = 0; p < 3; p++) {
      // Past the written stem: "recogni*" takes any ending; "air strike*" may run straight on into
      // the next word ("airstrikes"); a last word is followed by no letter or digit.
      // (Past the character after the term, anything may follow.)
      const at = p < stem.length ? [classOf(stem.charCodeAt(p))] : wild || more || p > stem.length ? ANY : [OTHER];
      for (const c of at) classes[p]!.add(c);
    }
  }
  return classes.map((set) => [...set]);
}

interface Probe {
  list: number;
  /**
   * The shortest and longest word (its letters and digits from the start) a match can start in:
   * other words are passed over before any lookup. Infinity when a match may run on (a '*'
   * ending, a second word).
   */
  minLength: number;
  maxLength: number;
  /** Built on first use: most probes never need it. */
  readonly re: RegExp;
  /** When every term is one plain word: its forms, looked up instead of running `re`. */
  words: ReadonlySet<string> | null;
  /** Whether the word text[start, end) (`word`: lower case, ASCII) can start one of the terms; null when that cannot be told. */
  opens: ((word: string, text: string, end: number) => boolean) | null;
  /** The terms one by one, in the list's order, for an ASCII word (see termCheck). */
  checks: readonly TermCheck[];
}

/**
 * One term tried at the start of an ASCII word, as the list's expression tries it there: one
 * plain word matches when the word is one of its forms; a plain stem with '*' when the word
 * starts with it, and runs on over letters, digits and apostrophes; anything else ("in power",
 * "took ... control") by an expression of its own, once its first word fits. The expression
 * tries the terms in order and the first that matches wins, so the checks do the same; only this
 * probe's terms can match here (the key says so). An expression of one term compiles in a
 * fraction of the time of the whole list's, and most lists never need one.
 */
type TermCheck =
  | { kind: "plain"; forms: ReadonlySet<string> }
  | { kind: "stem"; stem: string }
  | { kind: "expression"; opens: ((word: string, text: string, end: number) => boolean) | null; re: () => RegExp };

/**
 * What the first word of a term lets through, before the expression runs: "in power" opens at
 * "in" (or "inpower"), "withdr*" at any word starting "withdr", "took ... control" only at "took".
 * Null when the term does not start with a plain word.
 */
function opener(term: string): ((word: string, text: string, end: number) => boolean) | null {
  const words = term.trim().toLowerCase().split(/\s+/);
  const first = words[0] ?? "";
  if (first.endsWith("*")) {
    const stem = first.slice(0, -1);
    return /^[a-z0-9]+$/.test(stem) ? (w) => w.startsWith(stem) : null;
  }
  if (!/^[a-z0-9]+$/.test(first)) return null;
  const forms = inflections(first);
  if (!forms.every((f) => /^[a-z0-9]+$/.test(f))) return null;
  const second = words[1];
  // The next word follows after spaces or hyphens ("in power") or none ("airstrikes"); a gap
  // ("took ... control") lets anything follow.
  const initials = second === undefined || second === "..." ? null : second.endsWith("*") ? [second[0]!] : inflections(second).map((f) => f[0]!);
  if (second === undefined) return (w) => forms.includes(w);
  if (initials === null || !initials.every((c) => /^[a-z0-9]$/.test(c))) return (w) => forms.some((f) => w === f || w.startsWith(f));
  const fits = (c: string | null): boolean => c === null || initials.includes(c);
  return (w, text, end) => forms.some((f) => (w === f ? fits(nextInitial(text, end)) : w.length > f.length && w.startsWith(f) && initials.includes(w[f.length]!)));
}

const SEPARATOR = /[\s\u00a0-]/;

/**
 * The first character after the separators at `end`, in lower case; "" at the end of the text;
 * null when it is not ASCII (it may still fold onto a letter: the expression decides).
 */
function nextInitial(text: string, end: number): string | null {
  let i = end;
  while (i < text.length && SEPARATOR.test(text[i]!)) i++;
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return "";
  return c < 128 ? String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c) : null;
}

/** "fee" → ["fee", "fees"]; null for a term that is not one plain word ("air strike*", "fall of"). */
function plainForms(term: string): readonly string[] | null {
  const t = term.trim().toLowerCase();
  if (!/^[a-z0-9]+$/.test(t)) return null;
  const forms = inflections(t);
  return forms.every((f) => /^[a-z0-9]+$/.test(f)) ? forms : null;
}

/**
 * The fewest characters the word a match of `term` starts in can have: its first word's forms
 * (or the stem before '*') up to their first character that is not a letter or digit. A match
 * reads them one UTF-16 unit each (the only non-ASCII characters that fold onto ASCII letters,
 * the Kelvin sign and the long s, are one unit too).
 */
function leadLength(term: string): number {
  const first = term.trim().toLowerCase().split(/\s+/)[0] ?? "";
  const forms = first.endsWith("*") ? [first.slice(0, -1)] : inflections(first);
  return forms.reduce((min, f) => Math.min(min, /^[a-z0-9]*/.exec(f)![0].length), Infinity);
}

/**
 * A probe for the terms of one list that can start with one key. Its expression is the whole
 * list's (built once, on first use, and shared by all the list's probes): the words checks above
 * let it run rarely, and fewer, larger expressions compile faster than many small ones.
 */
function probeOf(list: number, terms: readonly string[], sticky: () => RegExp, termExpression: (term: string) => RegExp): Probe {
  const forms = terms.map(plainForms);
  const checks = terms.map((term, k): TermCheck => {
    const f = forms[k];
    if (f) return { kind: "plain", forms: new Set(f) };
    const t = term.trim().toLowerCase();
    if (/^[a-z0-9]+\*$/.test(t)) return { kind: "stem", stem: t.slice(0, -1) };
    return { kind: "expression", opens: opener(term), re: () => termExpression(term) };
  });
  const words = forms.every((f) => f !== null) ? new Set(forms.flat() as string[]) : null;
  const openers = terms.map(opener);
  const opens = openers.every((o) => o !== null) ? (w: string, text: string, end: number) => openers.some((o) => o!(w, text, end)) : null;
  return {
    list,
    minLength: terms.reduce((min, term) => Math.min(min, leadLength(term)), Infinity),
    maxLength: words ? [...words].reduce((max, w) => Math.max(max, w.length), 0) : Infinity,
    words,
    opens,
    checks,
    get re(): RegExp {
      return sticky();
    },
  };
}

export function buildTriggerScanner(lists: readonly (readonly string[])[]): TriggerScanner | null {
  if (lists.every((l) => l.length === 0)) return null;
  // One sticky expression per list, built on first use.
  const built: (RegExp | undefined)[] = [];
  const stickyOf = (list: number) => (): RegExp => (built[list] ??= new RegExp(termsSource(lists[list]!), "iuy"));
  // One sticky expression per term, built on first use; no boundary before it: it runs at word starts only.
  const single = new Map<string, RegExp>();
  const termExpression = (term: string): RegExp => {
    let re = single.get(term);
    if (!re) single.set(term, (re = new RegExp(termSourceAfterWordStart(term), "iuy")));
    return re;
  };
  const whole: Probe[] = lists.flatMap((terms, list) => (terms.length > 0 ? [probeOf(list, terms, stickyOf(list), termExpression)] : []));
  // key (c0 * 27 + c1) * 27 + c2 → the terms of each list that can start with it.
  const byKey = new Map<number, Map<number, string[]>>();
  let exhaustive = true;
  lists.forEach((terms, list) => {
    for (const term of terms) {
      const classes = keyClasses(term);
      if (!classes) {
        exhaustive = false;
        continue;
      }
      for (const a of classes[0]!) for (const b of classes[1]!) for (const c of classes[2]!) {
        const key = (a * CLASSES + b) * CLASSES + c;
        const entry = byKey.get(key) ?? new Map<number, string[]>();
        entry.set(list, [...(entry.get(list) ?? []), term]);
        byKey.set(key, entry);
      }
    }
  });
  if (!exhaustive) return globalScanner(whole);
  // Keys with the same terms share their probes (compiled once).
  const table: (Probe[] | undefined)[] = new Array(CLASSES * CLASSES * CLASSES);
  const shared = new Map<string, Probe[]>();
  for (const [key, entry] of byKey) {
    const id = JSON.stringify([...entry].sort((x, y) => x[0] - y[0]));
    let probes = shared.get(id);
    if (!probes) {
      probes = [...entry].sort((x, y) => x[0] - y[0]).map(([list, terms]) => probeOf(list, terms, stickyOf(list), termExpression));
      shared.set(id, probes);
    }
    table[key] = probes;
  }
  /** `end`: where the word that starts at i ends; `word`: it in lower case when it is all ASCII. */
  const tryProbes = (text: string, i: number, end: number, probes: readonly Probe[], out: TriggerHit[]): void => {
    const length = end - i;
    let word: string | null | undefined;
    // An ASCII word between ASCII characters (or the text's ends) is read term by term; next to
    // anything else the expression decides (under case folding a few marks count as letters).
    let plain = false;
    for (const p of probes) {
      if (length < p.minLength || length > p.maxLength) continue;
      if (word === undefined) {
        word = asciiLower(text, i, end);
        plain = word !== null && !(text.charCodeAt(i - 1) >= 128) && !(text.charCodeAt(end) >= 128);
      }
      // The expression runs only where a term's first word fits ("in" for "in power").
      if (word !== null && p.opens && !p.opens(word, text, end)) continue;
      if (plain) {
        // One plain word per term: "fees" is a match when the whole word is one of the forms.
        const e = p.words ? (p.words.has(word!) ? end : -1) : firstTermEnd(p.checks, word!, text, i, end);
        if (e > i) out.push({ start: i, end: e, list: p.list });
        continue;
      }
      p.re.lastIndex = i;
      const m = p.re.exec(text);
      if (m && m[0].length > 0) out.push({ start: i, end: i + m[0].length, list: p.list });
    }
  };
  return {
    scan(text: string): TriggerHit[] {
      const out: TriggerHit[] = [];
      const n = text.length;
      let i = 0;
      while (i < n) {
        const c0 = text.charCodeAt(i);
        if (c0 < 128 ? ASCII_CLASS[c0]! === NOT_WORD : !isWordChar(text, i)) {
          i++;
          continue;
        }
        const start = i;
        // To the word's end: ASCII by the table, anything else by isWordChar.
        for (i++; i < n; i++) {
          const c = text.charCodeAt(i);
          if (c < 128 ? ASCII_CLASS[c]! === NOT_WORD : !isWordChar(text, i)) break;
        }
        const c1 = start + 1 < n ? text.charCodeAt(start + 1) : 32;
        const c2 = start + 2 < n ? text.charCodeAt(start + 2) : 32;
        const probes = table[(fastClass(c0) * CLASSES + fastClass(c1)) * CLASSES + fastClass(c2)];
        if (probes) tryProbes(text, start, i, probes, out);
      }
      return out;
    },
  };
}

/** What a '*' ending reads after its stem, as the terms' expressions read it (termsSource). */
const STEM_TAIL = /[\p{L}\p{N}'’]*/iuy;

/** Where the first of the terms that matches at the ASCII word text[i, end) ends; -1 when none does. */
function firstTermEnd(checks: readonly TermCheck[], word: string, text: string, i: number, end: number): number {
  for (const c of checks) {
    if (c.kind === "plain") {
      if (c.forms.has(word)) return end;
    } else if (c.kind === "stem") {
      if (word.startsWith(c.stem)) {
        STEM_TAIL.lastIndex = i + c.stem.length;
        STEM_TAIL.exec(text);
        return STEM_TAIL.lastIndex;
      }
    } else if (!c.opens || c.opens(word, text, end)) {
      const re = c.re();
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) return i + m[0].length;
    }
  }
  return -1;
}

/** text[start, end) in lower case, or null when it holds anything but ASCII letters and digits. */
function asciiLower(text: string, start: number, end: number): string | null {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 128) return null;
  return text.slice(start, end).toLowerCase();
}

/** Triggers that may start where no word does ("$…"): the union of each list scans the text. */
function globalScanner(probes: readonly Probe[]): TriggerScanner {
  const globals = probes.map((p) => ({ list: p.list, re: new RegExp(p.re.source, "giu") }));
  return {
    scan(text: string): TriggerHit[] {
      const out: TriggerHit[] = [];
      for (const { list, re } of globals) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) re.lastIndex++;
          else out.push({ start: m.index, end: m.index + m[0].length, list });
        }
      }
      return out.sort((a, b) => a.start - b.start || a.list - b.list);
    },
  };
}
