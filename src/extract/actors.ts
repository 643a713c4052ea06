/**
 * Who takes part in what a sentence states: countries (through the gazetteer: "Islamabad" and
 * "Pakistani" are Pakistan) and other proper names (people, places, organisations) that
 * compromise tags as proper nouns. Only sentences that already hold a claim come here: tagging is
 * slow (~0.1 MB/s) and its output depends on context, so it runs one sentence at a time.
 *
 * Actors keep occurrences apart ("the Soviet withdrawal in 1989" is not "the U.S. withdrawal in
 * 2021"); they never create claims.
 */
import nlp from "compromise";
import { countriesIn } from "./gazetteer.js";

/** Titles and generic words that compromise counts into a proper-noun run but that name no one. */
const TITLE_WORDS = new Set(
  (
    "mr mrs ms dr prof president vice prime minister deputy foreign defence defense interior commerce finance " +
    "secretary general special representative ambassador envoy chief spokesman spokeswoman spokesperson " +
    "king queen prince sheikh emir mullah maulana senator governor mayor commander army navy force forces " +
    "ministry office department government council committee the of and for on in at to a an " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);

/** Proper names that are not countries, normalized: "Foreign Minister Ishaq Dar" → "ishaq dar". */
function namesIn(sentence: string, countries: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const runs = nlp(sentence).match("#ProperNoun+").out("array") as string[];
  for (const run of runs) {
    const words = run
      .replace(/['’]s\b/g, "")
      .replace(/[.,;:!?'’"”“()[\]]+/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .filter((w) => !TITLE_WORDS.has(w.toLowerCase().replace(/[.,'’]/g, "")));
    const name = words.join(" ").trim();
    if (name.length < 3) continue;
    if (countriesIn(name).length > 0 && countriesIn(name).every((c) => countries.has(c))) continue;
    out.add(name.toLowerCase());
  }
  return [...out].sort();
}

export interface Actors {
  countries: string[];
  names: string[];
}

export function actorsOf(sentence: string): Actors {
  const countries = countriesIn(sentence);
  return { countries, names: namesIn(sentence, new Set(countries)) };
}

/** Encode for Claim.actors: countries as they are, other names prefixed "name:". */
export function encodeActors(actors: Actors): string[] {
  return [...actors.countries, ...actors.names.map((n) => `name:${n}`)];
}

export function decodeActors(encoded: readonly string[]): Actors {
  const countries: string[] = [];
  const names: string[] = [];
  for (const a of encoded) (a.startsWith("name:") ? names : countries).push(a.replace(/^name:/, ""));
  return { countries, names };
}
