/**
 * Two figures of one frame that one sentence tells of two named subjects are two
 * occurrences (one-sentence.ts), and the subject of the clause a figure completes keeps it apart
 * from a different figure told of another name (clause-subjects.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { toldOfTwoSubjects } from "../../../src/group/one-sentence.js";
import { clauseSubject, subjectsApart } from "../../../src/group/clause-subjects.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

/** A percentage at `text` (its first place at or after `from`) in `sentence` of document `doc`. */
function pct(sentence: string, text: string, value: number, doc = "a.txt", actors: string[] = [], from = 0): Claim {
  const offset = sentence.indexOf(text, from);
  return claim(qty(value, value, { nominal: value, unit: "%" }), { document: doc, sentence, text, length: text.length, offset, actors, story: "s-1" });
}

function count(sentence: string, text: string, value: number, from = 0): Claim {
  const offset = sentence.indexOf(text, from);
  return claim(qty(value, value, { nominal: value }), { document: "a.txt", sentence, text, length: text.length, offset, story: "s-1" });
}

describe("two figures of one sentence told of two subjects", () => {
  it.each([
    ["The Orvik index has slid by 4.2% to 812.5, while the Brask was 1.1% lower by noon.", "4.2%", 4.2, "1.1%", 1.1],
    ["Castellan fell 6.5% and Dorrin Foods dropped 7% before the close.", "6.5%", 6.5, "7%", 7],
    ["Elsewhere, the Talbrian index rose by 0.4%, and Morvia's index was up by 0.9%.", "0.4%", 0.4, "0.9%", 0.9],
    ["Shares of Pellam gained 2.5%, whilst Quarro added 3.8%.", "2.5%", 2.5, "3.8%", 3.8],
    ["Among the losers were Renwick, which fell 12.4% to $3.10, and Solent Bank, which dropped 15% to $2.05.", "12.4%", 12.4, "15%", 15],
    ["It lost 9.2% in the day, while the affiliated Ulster 30 index dropped by almost as much, 9.1%.", "9.2%", 9.2, "9.1%", 9.1],
    // a word that starts like a short day or month, with no period, may be a name
    ["Orvik shares fell 4.2%, and Sun Holdings lost 1.1%.", "4.2%", 4.2, "1.1%", 1.1],
  ])("%s", (s, t1, v1, t2, v2) => {
    const [a, b] = [pct(s, t1, v1), pct(s, t2, v2, "a.txt", [], s.indexOf(t1) + t1.length)];
    expect(toldOfTwoSubjects(a, b)).toBe(true);
    expect(toldOfTwoSubjects(b, a)).toBe(true);
  });
});

describe("two figures of one sentence that are one thing or one subject's", () => {
  it.each([
    // a total and its part
    ["The blast killed 14 people, including five Varnish tourists, on the pier.", "14", 14, "five", 5],
    ["Some 30 guests fell ill, among them 4 Keldish students.", "30", 30, "4", 4],
    // a change
    ["Membership rose to 212, up from 180 in Harwick last spring.", "212", 212, "180", 180],
    ["Turnout was 61 percent, higher than the 55 percent Ostrava saw.", "61", 61, "55", 55],
    // a range
    ["Between 40 and 60 Tarrow fans were stranded.", "40", 40, "60", 60],
    // a figure told again
    ["The index lost 120 points, or about 150 by Brenner's count.", "120", 120, "150", 150],
    // a second clause that names no one, or a day
    ["Police held 12 people on Friday, and 3 more were held later.", "12", 12, "3", 3],
    ["Police held 12 people, and on Monday 3 more.", "12", 12, "3", 3],
    // a day or a month cut short, with its period, names no one
    ["Police held 12 people on Aug. 2, and Sept. 3 another 4.", "12", 12, "4", 4],
    ["Police held 12 people, and Thurs. another 4.", "12", 12, "4", 4],
  ])("%s", (s, t1, v1, t2, v2) => {
    const [a, b] = [count(s, t1, v1), count(s, t2, v2, s.indexOf(t1) + t1.length)];
    expect(toldOfTwoSubjects(a, b)).toBe(false);
  });

  it("two sentences, or two reports of one sentence, are not read here", () => {
    const s = "Castellan fell 6.5% and Dorrin Foods dropped 7% before the close.";
    expect(toldOfTwoSubjects(pct(s, "6.5%", 6.5, "a.txt"), pct(s, "7%", 7, "b.txt"))).toBe(false);
    expect(toldOfTwoSubjects(pct("Castellan fell 6.5%.", "6.5%", 6.5), pct("Dorrin Foods dropped 7%.", "7%", 7))).toBe(false);
  });
});

describe("the subject of a figure's clause", () => {
  it.each([
    ["The Orvik index has slid by 4.2% to 812.5, while the Brask was 1.1% lower by noon.", "4.2%", ["name:orvik", "name:brask"], ["name:orvik"]],
    ["The Orvik index has slid by 4.2% to 812.5, while the Brask was 1.1% lower by noon.", "1.1%", ["name:orvik", "name:brask"], ["name:brask"]],
    ["Among the losers were Renwick, which fell 12.4% to $3.10.", "12.4%", ["name:renwick"], ["name:renwick"]],
    ["Elsewhere, the Talbrian index rose by 0.4%, and Morvia's index was up by 0.9%.", "0.9%", ["name:talbrian", "name:morvia"], ["name:morvia"]],
    ["Dunmore Bank of Keld shares rose by 3.2%, whilst Tarrow gained 9.7%.", "9.7%", ["name:dunmore", "name:tarrow"], ["name:tarrow"]],
    ["Dunmore Bank of Keld shares rose by 3.2%, whilst Tarrow gained 9.7%.", "3.2%", ["name:dunmore", "name:tarrow"], ["name:dunmore"]],
    ["In other markets, the primary ORX index gained 2.2%.", "2.2%", [], ["name:orx"]],
    ["The Orvik index led the gains today, and it closed up 4.4%.", "4.4%", ["name:orvik"], ["name:orvik"]],
    ["The primary Norwegian index gained 2.2%.", "2.2%", [], ["Norway"]],
  ])("%s | %s", (s, t, actors, subject) => {
    expect(clauseSubject(pct(s, t, 1, "a.txt", actors))).toEqual(subject);
  });

  it.each([
    ["It lost 9.2% in the day.", "9.2%", []],
    ["Shares slid 3% in early trade.", "3%", []],
    // the clause opens with its verb, its subject told before a relative clause
    ["Mr. Varo, who kept a shop on Tamsin Street, was sentenced to six years in prison.", "six years", ["name:varo", "name:tamsin", "name:street"]],
    // a name after a verb is its object
    ["The court fined Varo 6 percent of his earnings.", "6 percent", ["name:varo"]],
    ["The win lifted the Harriers to 8 wins in a row.", "8", ["name:harriers"]],
    // a record is its holders', however the team is named
    ["By the end of the month the Harriers stood at 9-4.", "9-4", ["name:harriers"]],
    ["The Harriers stand at 9-4 after the win.", "9-4", ["name:harriers"]],
  ])("names no one: %s", (s, t, actors) => {
    expect(clauseSubject(pct(s, t, 1, "a.txt", actors))).toBeNull();
  });
});

describe("figures kept apart by their clauses' subjects", () => {
  const orvik = (v: number, t: string, s: string): Claim => pct(s, t, v, `orvik-${v}.txt`, ["name:orvik"]);
  const brask = (v: number, t: string, s: string): Claim => pct(s, t, v, `brask-${v}.txt`, ["name:brask"]);

  it("two names, two figures: apart", () => {
    expect(subjectsApart(orvik(3, "3%", "The Orvik index fell 3% on the day."), brask(1, "1%", "The Brask index fell 1% on the day."))).toBe(true);
  });

  it("one name, two figures: not apart", () => {
    expect(subjectsApart(orvik(3, "3%", "Orvik shares fell 3% on the day."), orvik(2, "2%", "The Orvik index fell 2% by noon."))).toBe(false);
  });

  it("two names, a bound and a figure it holds: apart", () => {
    const over = pct("The Orvik index fell over 250 points.", "over 250", 250, "o.txt", ["name:orvik"]);
    expect(subjectsApart({ ...over, value: qty(250, null, { nominal: 250, unit: "%" }) }, brask(511, "511", "The Brask index fell 511 points."))).toBe(true);
  });

  it("two names, one figure: not apart", () => {
    expect(subjectsApart(orvik(3, "3%", "The Orvik index fell 3% on the day."), brask(3, "3%", "The Brask index fell 3% on the day."))).toBe(false);
  });

  it("a clause that names no one: not apart", () => {
    expect(subjectsApart(orvik(3, "3%", "The Orvik index fell 3% on the day."), pct("It fell 1% on the day.", "1%", 1, "c.txt"))).toBe(false);
  });
});
