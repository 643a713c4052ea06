/**
 * Rule authors write trigger words in their base form; relcheck matches every inflection. compromise
 * conjugates base verbs ("withdraw" → withdraws, withdrew, withdrawn, withdrawing; "strike" → struck)
 * and pluralizes singular nouns ("fee" → fees). This runs once per word when rules are compiled,
 * never per sentence, so compromise's cost does not touch the scan. Words that are not a base form
 * ("killed", "lives", "talks") are matched as written, and '*' endings are left to the author.
 *
 * The built-in rules' words come from a table made with compromise beforehand
 * (inflection-table.ts, checked against compromise by test/perf/inflection-table.test.ts), so a
 * scan with the built-in rules never loads compromise (a third of a second, in every thread);
 * any other word loads it on first use.
 */
import { createRequire } from "node:module";
import { INFLECTION_TABLE } from "./inflection-table.js";

type Nlp = typeof import("compromise").default;
let loaded: Nlp | null = null;

/** compromise, loaded on first use (its CommonJS build: same version, loaded synchronously). */
function nlp(text: string): ReturnType<Nlp> {
  loaded ??= createRequire(import.meta.url)("compromise") as Nlp;
  return loaded(text);
}

const cache = new Map<string, readonly string[]>();

interface Conjugation {
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

/** "withdraw" → ["withdraw", "withdrawing", "withdrawn", "withdraws", "withdrew"]; "killed" → ["killed"]. */
export function inflections(word: string): readonly string[] {
  const known = cache.get(word) ?? INFLECTION_TABLE.get(word);
  if (known) return known;
  const result = inflect(word);
  cache.set(word, result);
  return result;
}

/** The forms compromise gives (no table, no cache). */
export function inflect(word: string): readonly string[] {
  const forms = new Set([word]);
  if (/^[a-z]{3,}$/.test(word)) {
    const doc = nlp(word);
    if (doc.has("#Infinitive")) {
      const c = (doc.verbs().conjugate()[0] ?? {}) as Conjugation;
      for (const form of [c.PastTense, c.PresentTense, c.Gerund, c.Participle]) {
        if (form && /^[a-z]+$/.test(form)) forms.add(form);
      }
    }
    if (doc.has("#Singular")) {
      const plural = nlp(word).nouns().toPlural().text();
      if (/^[a-z]+$/.test(plural)) forms.add(plural);
    }
  }
  return [...forms].sort();
}
