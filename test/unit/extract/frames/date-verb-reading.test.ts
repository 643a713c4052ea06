/**
 * The frame side: a date is tied to what it dates only when its verb is
 * read right. Three families, each with rows that must and must not change: "have" as a clause's
 * own verb is no auxiliary to skip on the way back to a reduced relative ("a boy born tonight will
 * have …"); a carrier's date right before "during"/"amid" is the date of the event named there; a
 * phrasal carrier's object stands past its particle ("pulled off a heist"); a carrier in the
 * present with a generic object ("today we face problems") tells how things stand, not that
 * something happened. Sentences written for this test; the expected predicates were decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const predicate = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("'have' as a clause's own verb", () => {
  it.each([
    // the value completes "have", not the participle of the subject's reduced relative
    // (a century is no claim of its own: dateless-mentions.ts; a decade is one)
    ["A girl born this evening will have almost no memory of the 1990s.", "the 1990s", "have"],
    ["A man arrested yesterday will have no lawyer until next week.", "next week", "have"],
    ["The ferry, launched in 1990, has a crew of 12.", "12", "have"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // must not: "have" before a verb is an auxiliary, and the verb is read as before
    ["The suspect has been charged on Monday with two counts of theft.", "Monday", "charge"],
    ["Two inmates have escaped on Sunday from the county jail.", "Sunday", "escape"],
    // the reduced relative's own date still dates its verb
    ["A boy born in 2031 may well see the next century.", "2031", "bear"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});

describe("a date right before 'during' or 'amid' dates the event named there", () => {
  it.each([
    ["An officer said Tuesday during the woman's arraignment that she had planned the theft.", "Tuesday", "arraignment"],
    ["A deputy told reporters on Friday during the hearing that the shooting was planned.", "Friday", "hearing"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // no happening named there: the date keeps what it carried before (the report's verb, the sentence's kind)
    ["The mayor said Monday during an interview that the killing shocked the town.", "Monday", "attack"],
    // no "during": as before
    ["The mayor said Monday that the killing shocked the town.", "Monday", "attack"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});

describe("a phrasal carrier's object stands past its particle", () => {
  it.each([
    ["Robbers pulled off a huge bank heist in central Lyon on Tuesday morning after smashing a van through the doors.", "Tuesday morning", "rob"],
    ["Militants carried out an attack on the depot on Sunday, officials said.", "Sunday", "attack"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // no particle: the object right after the verb, as before
    ["Robbers staged a raid on the bank on Tuesday morning.", "Tuesday morning", "rob"],
  ])("not changed: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});

describe("a carrier in the present with a generic object tells no happening", () => {
  it.each([
    ["Today, we face grave problems in our schools.", "Today", "face"],
    ["This year the region faces serious problems with its water.", "This year", "face"],
  ])("%s → %s: %s (not happen)", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // told in the past: something happened that day
    ["Subscribers experienced problems on Saturday, the operator said.", "Saturday", "happen"],
    ["The town faced problems on Monday after the storm.", "Monday", "happen"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});

describe("a verb spelled like a weekday or a month written short", () => {
  it.each([
    // must: in lower case it is the verb it looks like, and dates that verb
    ["The pilot, who was wed about a month ago, is survived by his wife.", "about a month ago", "wed"],
    ["The couple wed in 2019 and moved to Keld.", "2019", "wed"],
    ["The mayor sat on the board for six years until 2020.", "2020", "sit"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // must not: capitalized, it is a day or a month, and the verb of the clause is read as before
    ["The ferry sailed Wed May 5 from Keld.", "May 5", "sail"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});

describe("a role noun after the name of what it is of, right before a date", () => {
  it.each([
    // must: the date dates what the role's holder did
    ["Hale was a Keld Marathon winner in 2011 after a late sprint.", "2011", "win"],
    ["She was the Dunmore festival founder in 1998 and ran it for years.", "1998", "found"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // must not: a role noun with nothing before it that says of what
    ["Hale was a winner in 2011 after a late sprint.", "2011", "win"],
    ["The town was a host in 2009 for the fair.", "2009", "host"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(predicate(sentence, value)).not.toBe(unexpected);
  });
});

describe("a time before 'when' and its clause, in a clause with no verb of its own", () => {
  it.each([
    // must: the "when" clause's verb
    ["Hale was alone about 9 a.m. Sunday when he drove to the depot.", "9 a.m. Sunday", "drive"],
    ["The guard was on duty at 2 p.m. Monday when the alarm sounded.", "2 p.m. Monday", "sound"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // must not: a verb before the time is its verb, whatever "when" clause follows
    ["Hale left the depot at 9 a.m. Sunday when the bus came.", "9 a.m. Sunday", "leave"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});
