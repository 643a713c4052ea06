/**
 * Compiling the regular expressions that rule files supply (`patterns:`, triggers …) so that no
 * pattern can hang a run. Owns the choice of engine and the translation of JavaScript syntax.
 *
 * Engine: RE2 semantics through `re2js` (a pure-JS port of RE2; no native build, no WASM). RE2
 * matches in time linear in the length of the text whatever the pattern, so `(a+)+$` against a
 * long line of `a`s ending in `!` returns at once instead of backtracking forever. The price is
 * that backreferences (`\1`, `\k<name>`) and lookaheads (`(?=…)`, `(?!…)`) do not exist; a rule
 * that uses them is rejected with a file:line:col error. Lookbehinds without captures
 * (`(?<!not )recogni[sz]ed`) are supported, in linear time.
 *
 * JavaScript spellings are translated before compiling:
 *   `\u00e9`, `\u{1F600}` → `\x{00e9}`, `\x{1F600}`
 *   `\s` / `\S` → also (not) matching the Unicode spaces JavaScript counts (no-break space …),
 *                 because RE2's `\s` is ASCII only.
 * Flags: i (case-insensitive), m (multiline), s (dot matches newline), u (always on in RE2);
 * g and d are accepted and ignored (matchAll always finds every match).
 */
import { type Matcher, RE2JS } from "re2js";
import { UserError } from "../errors.js";

export interface PatternLocation {
  file: string;
  line: number;
  column: number;
}

export interface PatternMatch {
  /** 0-based UTF-16 offset of the match in the text. */
  index: number;
  /** Length in UTF-16 units. */
  length: number;
  /** Named groups that took part in the match (absent when the pattern has none). */
  groups?: Record<string, string>;
}

export interface SafePattern {
  readonly source: string;
  readonly flags: string;
  /** Every non-overlapping match, left to right (like String.prototype.matchAll with /g). */
  matchAll(text: string): Iterable<PatternMatch>;
  /** Whether the pattern matches anywhere in the text. */
  test(text: string): boolean;
}

/** Programs larger than this many instructions are refused (`\p{L}{1000}` and the like). */
export const MAX_PROGRAM_SIZE = 20_000;

// The characters JavaScript's \s matches beyond RE2's ASCII [\t\n\v\f\r ].
const EXTRA_SPACES = "\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}\\x{0B}";

function fail(message: string, source: string, where: PatternLocation): never {
  throw new UserError(`pattern /${source}/: ${message}`, where.file, where.line, where.column);
}

/** JavaScript regex syntax → RE2 syntax (see the module header); rejects what RE2 cannot do. */
export function translatePattern(source: string, where: PatternLocation): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1];
      if (next === undefined) fail("ends with a lone backslash", source, where);
      // "\u00e9" and "\u{1F600}"
      if (next === "u") {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 2));
        const plain = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2));
        if (braced) {
          out += `\\x{${braced[1]}}`;
          i += 1 + braced[0].length;
          continue;
        }
        if (plain) {
          out += `\\x{${plain[0]}}`;
          i += 5;
          continue;
        }
        fail("\\u must be followed by four hex digits or {hex}", source, where);
      }
      if (next === "s") {
        out += inClass ? `\\s${EXTRA_SPACES}` : `[\\s${EXTRA_SPACES}]`;
        i++;
        continue;
      }
      if (next === "S" && !inClass) {
        out += `[^\\s${EXTRA_SPACES}]`;
        i++;
        continue;
      }
      if (!inClass && /[1-9]/.test(next)) {
        fail(`backreferences (\\${next}) are not supported: rule patterns run in linear time (RE2 syntax)`, source, where);
      }
      if (!inClass && next === "k" && source[i + 2] === "<") {
        fail("named backreferences (\\k<name>) are not supported: rule patterns run in linear time (RE2 syntax)", source, where);
      }
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      // "[]" and "[^]" : a leading "]" is literal in RE2 but ends the class in JavaScript
      if (source[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (source[i + 1] === "]") fail("empty character class [] is not supported", source, where);
      continue;
    }
    if (c === "(" && source[i + 1] === "?" && (source[i + 2] === "=" || source[i + 2] === "!")) {
      fail(`lookahead (?${source[i + 2]}…) is not supported: rule patterns run in linear time (RE2 syntax)`, source, where);
    }
    out += c;
  }
  return out;
}

function compileFlags(flags: string, source: string, where: PatternLocation): number {
  let bits = RE2JS.LOOKBEHINDS;
  for (const f of flags) {
    if (f === "i") bits |= RE2JS.CASE_INSENSITIVE;
    else if (f === "m") bits |= RE2JS.MULTILINE;
    else if (f === "s") bits |= RE2JS.DOTALL;
    else if (f === "u" || f === "g" || f === "d") continue;
    else fail(`unknown or unsupported flag "${f}" (use i, m, s, u)`, source, where);
  }
  return bits;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error parsing regexp: /, "");
}

/** Compile a rule-file pattern; every problem is a UserError located at `where`. */
export function compilePattern(source: string, flags: string, where: PatternLocation): SafePattern {
  const translated = translatePattern(source, where);
  const bits = compileFlags(flags, source, where);
  let re: RE2JS;
  try {
    re = RE2JS.compile(translated, bits);
  } catch (error) {
    fail(describe(error), source, where);
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    fail(`too large (${re.programSize()} instructions, at most ${MAX_PROGRAM_SIZE}); shorten counted repetitions`, source, where);
  }
  const names = Object.keys(re.namedGroups());
  return {
    source,
    flags,
    test: (text) => re.test(text),
    *matchAll(text) {
      for (const found of windowedMatches(re, text)) {
        const match: PatternMatch = { index: found.start, length: found.end - found.start };
        if (names.length > 0) {
          const groups: Record<string, string> = {};
          for (const name of names) {
            const value = found.matcher.group(name);
            if (value !== null) groups[name] = value;
          }
          match.groups = groups;
        }
        yield match;
      }
    },
  };
}

/**
 * Matches longer than this (UTF-16 units) may be missed where a shorter one follows: the text is
 * searched in windows of twice this length. Triggers are phrases, far shorter.
 */
export const MAX_MATCH = 128;
/** Characters before a search's start that the engine sees (lookbehinds, `\b`). */
export const LOOKBEHIND = 64;
/** How far windows may grow (× the text's length) to settle matches that run to a window's end. */
const GROWTH_BUDGET = 8;

interface WindowMatch {
  start: number;
  end: number;
  /** The matcher holding the match (its groups). */
  matcher: Matcher;
}

/**
 * Every non-overlapping leftmost-first match of `re` in `text`, as successive `find()` calls over
 * the whole text give them, in time linear in the text's length whatever the pattern.
 *
 * NOTE: one search costs RE2 time linear in what it is given, but successive searches over the
 * whole text are quadratic: `a(.*z)?` over a line of 40,000 a's matches each "a" only after
 * scanning to the end of the line for a "z". So each search is given a window: the text from
 * LOOKBEHIND before the search's start to 2 × MAX_MATCH after it, plus one character (the real
 * context of `\b` at the window's end; `$` cannot match before it). A match is taken as found when
 *   - it ends inside the window (the character after it is real), and
 *   - it starts at least MAX_MATCH before the window's end (a match starting earlier would have
 *     fitted, so none was missed), or the window reaches the end of the text.
 * A match that starts later is searched again from the first place one could start; a match that
 * runs into the window's last character (`x.*`, or `$` at the window's edge) is searched again in
 * a window twice as long, up to the whole text (within a budget of GROWTH_BUDGET × the text's
 * length; beyond it such a match is skipped). Each search thus reads a bounded window, and each
 * moves on by at least one character: linear in the text.
 */
export function* windowedMatches(re: RE2JS, text: string, onSearch?: (from: number, to: number) => void): Generator<WindowMatch> {
  const n = text.length;
  let budget = GROWTH_BUDGET * n;
  let p = 0;
  let width = 2 * MAX_MATCH;
  while (p <= n) {
    const segStart = Math.max(0, p - LOOKBEHIND);
    const segEnd = Math.min(n, p + width);
    const whole = segEnd === n;
    const seg = whole && segStart === 0 ? text : text.slice(segStart, whole ? n : segEnd + 1);
    onSearch?.(segStart, segStart + seg.length);
    const matcher = re.matcher(seg);
    if (!matcher.find(p - segStart)) {
      if (whole) return;
      // Nothing starts in [p, segEnd - MAX_MATCH) that fits; a later start may need more text.
      p = forward(text, p, segEnd - MAX_MATCH);
      width = 2 * MAX_MATCH;
      continue;
    }
    const start = segStart + matcher.start();
    const end = segStart + matcher.end();
    if (!whole && start > segEnd - MAX_MATCH) {
      // It might be preceded by a match that needed more room: search again from where one could start.
      p = forward(text, p, segEnd - MAX_MATCH);
      width = 2 * MAX_MATCH;
      continue;
    }
    if (!whole && end > segEnd) {
      // It runs to the window's edge: what follows could change it.
      const grown = Math.min(n - p, width * 2);
      if (budget >= grown) {
        budget -= grown;
        width *= 2;
        continue;
      }
      p = nextPosition(text, start);
      width = 2 * MAX_MATCH;
      continue;
    }
    yield { start, end, matcher };
    p = end > start ? end : nextPosition(text, end);
    width = 2 * MAX_MATCH;
  }
}

/** At least one character past `p`, at `to` if that is further; never inside a surrogate pair. */
function forward(text: string, p: number, to: number): number {
  if (to <= p) return nextPosition(text, p);
  const c = text.charCodeAt(to);
  const inPair = c >= 0xdc00 && c <= 0xdfff && to > 0 && text.charCodeAt(to - 1) >= 0xd800 && text.charCodeAt(to - 1) <= 0xdbff;
  return inPair ? (to - 1 > p ? to - 1 : to + 1) : to;
}

/** The position after the character at `i` (a surrogate pair is one character). */
function nextPosition(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
}
