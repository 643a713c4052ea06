/**
 * A team's record after the game two reports tell. A game report gives the sides' standings after
 * it ("the Owls (9-4)", "Keld's record rose to 9-4"), and a report written the night of the game
 * and one written the next morning give the same standing: nothing was played in between. A
 * season's record changes with each game, so two records of reports of two days are otherwise
 * never set against each other (score-pairs.ts pairsApart). Here they are one figure when
 *   - both are season records (span "season": not a split, an earlier season's, a career's, nor
 *     one the team took into the game, "came into the game 9-5");
 *   - in two reports of one story at most one day apart;
 *   - both reports lead with one result (the first final score each tells: "Owls beat Keld
 *     27-24" in a headline, "a 27-24 victory" in a first line): the same game;
 *   - each record's holder is a side of that game, named (or named by its story's other name for
 *     it: "Ashby" for "the Ashby Owls") in a sentence of its report that tells that result.
 * Whether the two holders are one team is left to pairsApart, which parts two teams whatever their
 * numbers. A report that leads with another game (the next night's), a record of a team that did
 * not play it, or reports two days apart stay apart, as before.
 */
import type { Claim } from "../types.js";
import { dayNumber } from "../values/intervals.js";
import { pairOf } from "./score-pairs.js";
import { plainName } from "./name-words.js";

/** What a report's record claims know of the game it leads with: the result ("27-24") and the sentences that tell it, lower-cased. */
interface LeadGame {
  result: string;
  told: string;
}

const leadOf = new WeakMap<Claim, LeadGame>();

const resultOf = (c: Claim): string | null => {
  const p = pairOf(c);
  return p !== null && p.kind === "score" && p.span === "final" && c.value.type === "quantity" && c.value.pair ? c.value.pair.join("-") : null;
};

/**
 * Learns, for each report that tells a season record, the result it leads with (see the header).
 * Reads the pairs of each document once; documents without a record are not read further.
 */
export function learnLeadGames(claims: readonly Claim[]): void {
  const byDocument = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.value.type !== "quantity" || !c.value.pair) continue;
    const list = byDocument.get(c.document);
    if (list) list.push(c);
    else byDocument.set(c.document, [c]);
  }
  for (const pairs of byDocument.values()) {
    const records = pairs.filter((c) => pairOf(c)?.kind === "record");
    if (records.length === 0) continue;
    const results = pairs.filter((c) => resultOf(c) !== null).sort((a, b) => a.offset - b.offset);
    if (results.length === 0) continue;
    const result = resultOf(results[0]!)!;
    const told = [...new Set(results.filter((c) => resultOf(c) === result).map((c) => c.sentence))].join(" \n ").toLowerCase();
    for (const r of records) leadOf.set(r, { result, told });
  }
}

function seasonRecord(c: Claim): boolean {
  const p = pairOf(c);
  return p !== null && p.kind === "record" && p.span === "season";
}

/**
 * Whether a name word (or its story's other name for it) stands as a word in a text, a team's name
 * also in the singular it takes before a noun ("the Owls" in "an Owl comeback").
 */
function named(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    if (w.length < 2) return false;
    const stem = w.replace(/s$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(String.raw`(?<!\p{L})${stem}s?(?!\p{L})`, "u").test(text);
  });
}

/** The holder's name words with its story's other names for them. */
function holderWords(c: Claim, alias: (c: Claim, word: string) => readonly string[]): string[] {
  const out = new Set<string>();
  for (const h of pairOf(c)?.holders ?? []) for (const w of h.split(" ")) {
    out.add(plainName(w));
    for (const a of alias(c, w)) for (const x of a.split(" ")) out.add(plainName(x.replace(/^name:/, "")));
  }
  return [...out];
}

/**
 * Two season records told after one game by two reports (see the header). Must be one: "the Owls
 * (9-4)" in a report of Sunday night that leads "Owls beat Keld 27-24" and "the Owls' record rose
 * to 10-4" in Monday's report that leads "a 27-24 win over Keld". Must not: reports that lead with
 * two results; reports two days apart; "came into the game 9-4"; a team neither report names
 * beside the result; two claims of one report.
 */
export function recordsAfterOneGame(a: Claim, b: Claim, alias: (c: Claim, word: string) => readonly string[] = () => []): boolean {
  if (a.document === b.document || a.story === undefined || a.story !== b.story) return false;
  const [ga, gb] = [leadOf.get(a), leadOf.get(b)];
  if (ga === undefined || gb === undefined || ga.result !== gb.result) return false;
  if (!seasonRecord(a) || !seasonRecord(b)) return false;
  const [da, db] = [a.claimFrame?.time.reportedAt, b.claimFrame?.time.reportedAt];
  if (!da || !db || Math.abs(dayNumber(da) - dayNumber(db)) > 1) return false;
  return named(ga.told, holderWords(a, alias)) && named(gb.told, holderWords(b, alias));
}
