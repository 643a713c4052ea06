/**
 * A day told in one word between a subject and its verb ("the mayor on Tuesday vetoed
 * the plan", "Mayor Ada Linde today signed the order", "two men on Friday pleaded guilty") leaves
 * the subject the verb's: a date read there has its agent, and a count its verb. A day after the
 * verb, a phrase of more words, or no subject at all change nothing. Sentences written for this
 * test; the roles expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agents = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "agent").map((p) => p.key);
const verb = (sentence: string, value: string): string | null => frame(sentence, value).predicate?.lemma ?? null;

describe("must match: the subject before a one-word day is the verb's", () => {
  it.each([
    ["The mayor on Tuesday vetoed the harbour plan.", "Tuesday", "veto", "mayor"],
    ["Mayor Ada Linde today signed the parking order.", "today", "sign", "mayor ada linde"],
    ["The Keld council on Monday repealed its noise rule.", "Monday", "repeal", "keld council"],
    ["The ferry company yesterday cancelled the night crossing.", "yesterday", "cancel", "ferry company"],
  ])("%s → %s: %s by %s", (sentence, value, lemma, agent) => {
    expect(verb(sentence, value)).toBe(lemma);
    expect(agents(sentence, value)).toEqual([agent]);
  });

  it.each([
    ["Two men on Friday pleaded guilty to the theft.", "Two", "plead"],
    ["Forty nurses on Sunday walked out of the clinic.", "Forty", "walk"],
  ])("%s → the count %s has the verb %s", (sentence, value, lemma) => {
    expect(verb(sentence, value)).toBe(lemma);
  });
});

describe("must not match: no subject to pass to", () => {
  it.each([
    // the day after the verb: the object before it is no subject ("filed the appeal on Monday")
    ["Lawyers filed the appeal on Monday.", "Monday", "appeal"],
    // a verb's object before the day, in a clause of its own: the day dates "opened", done by the club
    ["The club that hired the coach on Monday opened its season.", "Monday", "coach"],
  ])("%s → %s: %s is no agent", (sentence, value, notAgent) => {
    expect(agents(sentence, value)).not.toContain(notAgent);
  });
});
