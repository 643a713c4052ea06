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
import { RE2JS } from "re2js";
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
      const m = re.matcher(text);
      while (m.find()) {
        const index = m.start();
        const match: PatternMatch = { index, length: m.end() - index };
        if (names.length > 0) {
          const groups: Record<string, string> = {};
          for (const name of names) {
            const value = m.group(name);
            if (value !== null) groups[name] = value;
          }
          match.groups = groups;
        }
        yield match;
      }
    },
  };
}
