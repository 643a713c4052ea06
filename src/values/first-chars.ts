/**
 * Which ASCII characters a match of a regular expression can start with, read from its source.
 * The grammar of the temporal expressions tries dozens of sticky expressions at every anchor
 * ("the", a number, "last" …), and nearly all of them fail on the first character ("([Tt]he)…"
 * at a digit, "(\d{1,2}):(\d{2})…" at "the"). Each such try costs a call into the engine; a look
 * at one entry of a table costs nothing (`at` below).
 *
 * The answer may say yes too often, never no wrongly: it is a superset of the characters a match
 * can begin with. What the reading does not know (a back-reference, an escape it does not read, a
 * negated class under the i flag, a property it does not know over ASCII) it takes for "any
 * character"; a lookaround is read as matching nothing (it restricts, never widens, what follows);
 * an expression that can match the empty string can start anywhere (`null`, no gate). Characters
 * past ASCII are not gated at all (the caller runs the expression there).
 *
 * Must: /[Tt]he\s+/y starts with "T" or "t" only; /(?:([Tt]he)\s+)?(\d+)/y with "T", "t" or a
 * digit; /(\d{1,2}):(\d{2})/y with a digit; /(?<=\bin )year/iy with "y" or "Y".
 * Must not: gate /(?:the)?/y (it matches the empty string), nor read /[^a]b/iy as excluding "a"
 * or "A" (a negated class under i is taken for any character).
 */

/** A set of ASCII characters: index by char code; 1 when a match may start with it. */
export type FirstChars = Uint8Array;

interface Piece {
  /** The ASCII characters it may start with. */
  first: Uint8Array;
  /** Whether it may match the empty string. */
  nullable: boolean;
}

const ASCII = 128;

function all(): Uint8Array {
  return new Uint8Array(ASCII).fill(1);
}

function range(set: Uint8Array, lo: number, hi: number): void {
  for (let c = Math.max(0, lo); c <= Math.min(ASCII - 1, hi); c++) set[c] = 1;
}

function union(a: Uint8Array, b: Uint8Array): void {
  for (let c = 0; c < ASCII; c++) if (b[c]) a[c] = 1;
}

/** Both cases of every ASCII letter in the set (the i flag). */
function caseClosed(set: Uint8Array): void {
  for (let c = 65; c <= 90; c++) if (set[c] || set[c + 32]) set[c] = set[c + 32] = 1;
}

const DIGITS = (): Uint8Array => { const s = new Uint8Array(ASCII); range(s, 48, 57); return s; };
const WORD = (): Uint8Array => { const s = DIGITS(); range(s, 65, 90); range(s, 97, 122); s[95] = 1; return s; };
const SPACE = (): Uint8Array => { const s = new Uint8Array(ASCII); range(s, 9, 13); s[32] = 1; return s; };
/** Unicode properties whose ASCII members are known exactly. */
const PROPERTIES: Record<string, () => Uint8Array> = {
  L: () => { const s = new Uint8Array(ASCII); range(s, 65, 90); range(s, 97, 122); return s; },
  Letter: () => PROPERTIES["L"]!(),
  Lu: () => { const s = new Uint8Array(ASCII); range(s, 65, 90); return s; },
  Ll: () => { const s = new Uint8Array(ASCII); range(s, 97, 122); return s; },
  N: DIGITS,
  Nd: DIGITS,
};

class Unknown extends Error {}

/**
 * The ASCII characters a match of `re` may start with, or null when it may start with any (or
 * match the empty string).
 */
export function firstChars(re: RegExp): FirstChars | null {
  // (the v flag's set notation is not read here)
  if (re.flags.includes("v")) return null;
  try {
    const reader = new Reader(re.source, re.flags.includes("i"), re.unicode || re.flags.includes("v"));
    const piece = reader.disjunction();
    if (reader.i !== re.source.length) return null;
    if (piece.nullable) return null;
    if (piece.first.every((x) => x === 1)) return null;
    return piece.first;
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

class Reader {
  i = 0;
  /** A member of the class being read stands for a superset of its characters. */
  inexact = false;
  constructor(readonly src: string, readonly ignoreCase: boolean, readonly unicode: boolean) {
    if (src.includes("\\k<")) throw new Unknown(); // named back-references
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  disjunction(): Piece {
    const out: Piece = { first: new Uint8Array(ASCII), nullable: false };
    for (;;) {
      const alt = this.alternative();
      union(out.first, alt.first);
      out.nullable ||= alt.nullable;
      if (this.peek() !== "|") return out;
      this.i++;
    }
  }

  private alternative(): Piece {
    const out: Piece = { first: new Uint8Array(ASCII), nullable: true };
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const term = this.term();
      if (out.nullable) union(out.first, term.first);
      out.nullable &&= term.nullable;
    }
    return out;
  }

  private term(): Piece {
    const c = this.peek()!;
    // assertions: zero width, they add no first character
    if (c === "^" || c === "$") {
      this.i++;
      return { first: new Uint8Array(ASCII), nullable: true };
    }
    if (c === "\\" && (this.src[this.i + 1] === "b" || this.src[this.i + 1] === "B")) {
      this.i += 2;
      return { first: new Uint8Array(ASCII), nullable: true };
    }
    if (this.src.startsWith("(?=", this.i) || this.src.startsWith("(?!", this.i) || this.src.startsWith("(?<=", this.i) || this.src.startsWith("(?<!", this.i)) {
      this.i += this.src[this.i + 2] === "<" ? 4 : 3;
      this.disjunction();
      this.expect(")");
      // a quantifier after a lookaround is allowed without the u flag; it adds nothing either
      this.quantifier();
      return { first: new Uint8Array(ASCII), nullable: true };
    }
    const atom = this.atom();
    const min = this.quantifier();
    return min === 0 ? { first: atom.first, nullable: true } : atom;
  }

  /** The quantifier after an atom, if any: its least count (1 when there is none). */
  private quantifier(): number {
    const c = this.peek();
    let min = 1;
    if (c === "*" || c === "?") {
      min = 0;
      this.i++;
    } else if (c === "+") this.i++;
    else if (c === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) {
        if (this.unicode) throw new Unknown();
        return 1; // a literal brace without the u flag: read as an atom next time
      }
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (this.peek() === "?") this.i++; // lazy
    return min;
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new Unknown();
    this.i++;
  }

  private atom(): Piece {
    const c = this.peek()!;
    if (c === "(") {
      if (this.src.startsWith("(?:", this.i)) this.i += 3;
      else if (this.src.startsWith("(?<", this.i)) {
        const close = this.src.indexOf(">", this.i);
        if (close < 0) throw new Unknown();
        this.i = close + 1;
      } else if (this.src[this.i + 1] === "?") throw new Unknown(); // modifiers and the like
      else this.i++;
      const inner = this.disjunction();
      this.expect(")");
      return inner;
    }
    if (c === "[") return { first: this.klass(), nullable: false };
    if (c === ".") {
      this.i++;
      return { first: all(), nullable: false };
    }
    if (c === "\\") {
      const set = this.escape(false);
      if (set === "backref") return { first: all(), nullable: true };
      return { first: set, nullable: false };
    }
    if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?") throw new Unknown();
    // a literal character (a whole code point)
    const code = this.src.codePointAt(this.i)!;
    this.i += code > 0xffff ? 2 : 1;
    return { first: this.literal(code), nullable: false };
  }

  private literal(code: number): Uint8Array {
    const set = new Uint8Array(ASCII);
    if (code < ASCII) set[code] = 1;
    else if (this.ignoreCase) range(set, 65, 122); // "ſ" and the Kelvin sign fold to ASCII letters under iu
    if (this.ignoreCase) caseClosed(set);
    return set;
  }

  /** An escape outside or inside a class: its ASCII characters ("backref" for \1 …). */
  private escape(inClass: boolean): Uint8Array | "backref" {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unknown();
    this.i += 2;
    switch (e) {
      case "d": return DIGITS();
      case "w": { const s = WORD(); if (this.ignoreCase) caseClosed(s); return s; }
      case "s": return SPACE();
      case "D": case "W": case "S": {
        if (this.ignoreCase && e === "W") throw new Unknown();
        const s = e === "D" ? DIGITS() : e === "W" ? WORD() : SPACE();
        for (let c = 0; c < ASCII; c++) s[c] = s[c] ? 0 : 1;
        return s;
      }
      case "p": case "P": {
        if (!this.unicode) return this.literal(e.charCodeAt(0));
        const m = /^\{([A-Za-z_=]+)\}/.exec(this.src.slice(this.i));
        if (!m) throw new Unknown();
        this.i += m[0].length;
        const known = PROPERTIES[m[1]!];
        if (!known) {
          // a superset, which a negated class could not turn into its complement
          if (inClass) this.inexact = true;
          return all();
        }
        const s = known();
        if (e === "P") {
          if (this.ignoreCase) throw new Unknown();
          for (let c = 0; c < ASCII; c++) s[c] = s[c] ? 0 : 1;
        } else if (this.ignoreCase) caseClosed(s);
        return s;
      }
      case "n": return this.literal(10);
      case "t": return this.literal(9);
      case "r": return this.literal(13);
      case "v": return this.literal(11);
      case "f": return this.literal(12);
      case "0": return this.literal(0);
      case "b": if (inClass) return this.literal(8); throw new Unknown();
      case "x": {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
        if (!m) throw new Unknown();
        this.i += 2;
        return this.literal(Number.parseInt(m[0], 16));
      }
      case "u": {
        const m = /^(?:[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\})/.exec(this.src.slice(this.i));
        if (!m) throw new Unknown();
        this.i += m[0].length;
        return this.literal(Number.parseInt(m[0].replace(/[{}]/g, ""), 16));
      }
      case "c": case "k": throw new Unknown();
      default:
        if (/[1-9]/.test(e)) {
          if (inClass) throw new Unknown();
          while (/[0-9]/.test(this.peek() ?? "")) this.i++;
          return "backref";
        }
        // an escaped punctuation character stands for itself
        if (/[A-Za-z0-9]/.test(e)) throw new Unknown();
        return this.literal(e.charCodeAt(0));
    }
  }

  /** A character class "[…]" or "[^…]": its ASCII characters. */
  private klass(): Uint8Array {
    this.i++; // [
    const negated = this.peek() === "^";
    if (negated) {
      if (this.ignoreCase) throw new Unknown();
      this.i++;
    }
    this.inexact = false;
    const set = new Uint8Array(ASCII);
    while (this.peek() !== "]") {
      if (this.i >= this.src.length) throw new Unknown();
      const lo = this.classAtom();
      if (this.peek() === "-" && this.src[this.i + 1] !== "]" && typeof lo === "number") {
        this.i++;
        const hi = this.classAtom();
        if (typeof hi !== "number") throw new Unknown();
        const part = new Uint8Array(ASCII);
        range(part, lo, hi);
        if (this.ignoreCase && (lo >= ASCII || hi >= ASCII)) range(part, 65, 122);
        if (this.ignoreCase) caseClosed(part);
        union(set, part);
      } else if (typeof lo === "number") union(set, this.literal(lo));
      else union(set, lo);
    }
    this.i++; // ]
    if (negated && this.inexact) throw new Unknown();
    if (negated) for (let c = 0; c < ASCII; c++) set[c] = set[c] ? 0 : 1;
    return set;
  }

  /** One member of a class: a code point, or a set for an escape of a class of characters. */
  private classAtom(): number | Uint8Array {
    const c = this.peek()!;
    if (c === "\\") {
      const e = this.src[this.i + 1];
      if (e === undefined) throw new Unknown();
      const simple: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, "0": 0, b: 8, "-": 45 };
      if (e in simple) {
        this.i += 2;
        return simple[e]!;
      }
      if (e === "x" || e === "u") {
        const m = e === "x" ? /^\\x([0-9A-Fa-f]{2})/.exec(this.src.slice(this.i)) : /^\\u([0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\})/.exec(this.src.slice(this.i));
        if (!m) throw new Unknown();
        this.i += m[0].length;
        return Number.parseInt(m[1]!.replace(/[{}]/g, ""), 16);
      }
      if (!/[A-Za-z0-9]/.test(e)) {
        this.i += 2;
        return e.charCodeAt(0);
      }
      const set = this.escape(true);
      if (set === "backref") throw new Unknown();
      return set;
    }
    const code = this.src.codePointAt(this.i)!;
    this.i += code > 0xffff ? 2 : 1;
    return code;
  }
}

/**
 * A sticky expression with the ASCII characters its matches can start with (firstChars; null:
 * any): the temporal grammar's (grammar/hit.ts sticky), a noise finder's tried at chosen places.
 */
export interface Sticky {
  readonly re: RegExp;
  readonly first: FirstChars | null;
}

/** A sticky expression and its gate, made once where it is declared; it must carry the "y" flag. */
export function gated(re: RegExp): Sticky {
  if (!re.sticky) throw new TypeError(`sticky: ${re} has no y flag`);
  return { re, first: firstChars(re) };
}

/**
 * Run a sticky expression at `pos`. Where the character at `pos` is one no match of it can start
 * with, the engine is not called: the answer is the same null, and lastIndex is left at 0 as a
 * failed sticky search leaves it. The grammar's expressions fail on their first character at most
 * anchors: of some 4.1 million tries on a reading of the State of the Union addresses, 2.75
 * million are answered here.
 */
export function at(s: Sticky, text: string, pos: number): RegExpExecArray | null {
  const re = s.re;
  const first = s.first;
  if (first !== null) {
    const c = text.charCodeAt(pos);
    if (c < 128 && first[c] === 0) {
      re.lastIndex = 0;
      return null;
    }
  }
  re.lastIndex = pos;
  return re.exec(text);
}
