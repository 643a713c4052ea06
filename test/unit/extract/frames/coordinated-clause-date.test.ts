/**
 * A date that opens the second of two clauses joined by ", and" or ",
 * but" dates that clause's verb, not the verb of the clause before the comma (a background
 * paragraph's "was acquitted in 1990, and in May 2004 he admitted the fraud" tells an admission in
 * May 2004, not an acquittal). Sentences written for this test; the expected predicates decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the verb of the clause the date opens", () => {
  it.each([
    ["Orme was acquitted in 1990, and in May 2004 he admitted the fraud to a court.", "May 2004", "admit"],
    ["She left the band in 1999, but on 3 June 2001 she rejoined it.", "3 June 2001", "rejoin"],
    ["The club sold the striker in 2004, and in 2006 the new owners moved the team to Leeds.", "2006", "move"],
  ])("%s (%s) → %s", (s, v, lemma) => {
    expect(frame(s, v).predicate?.lemma).toBe(lemma);
  });
});

describe("must keep the verb before: no clause opened by the date", () => {
  it.each([
    // no comma before the conjunction: one subject, two verbs, each date after its own
    ["He was hired in 2001 and fired in 2003.", "2003", "fire"],
    // the date does not open the clause: it follows its own verb
    ["Orme was acquitted in 1990, and he admitted the fraud in May 2004.", "May 2004", "admit"],
    // the date of the first clause stays with it
    ["Orme was acquitted in 1990, and in May 2004 he admitted the fraud to a court.", "1990", "acquit"],
  ])("%s (%s) → %s", (s, v, lemma) => {
    expect(frame(s, v).predicate?.lemma).toBe(lemma);
  });
});
