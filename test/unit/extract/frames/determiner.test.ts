/**
 * Component: a singular determiner ("one", "a single") that picks out a source or a member of a
 * kind is no figure; a "one" that counts stays a figure. Sentences written for this test;
 * expected results read off them by hand.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../src/types.js";
import { claimsOfText, readings } from "./helpers.js";

const claims = (text: string): Claim[] => claimsOfText(text);

/** The claims whose value is a single one ("one", "One", "a single"). */
const ones = (text: string): Claim[] => claims(text).filter((c) => /^(?:one|an?(?: single)?)$/i.test(c.text));

describe("a determiner is no figure: the singular picks a source or a member, it does not count", () => {
  it.each([
    // before a source noun, or heading the subject of a saying verb
    ["a source noun, the verb read as a noun", "The ferry sank in 1987, one older account claims."],
    ["a survivor's memoir, the verb read as a noun", "The mill closed in 1962, one local history says."],
    ["an official who said", "One official said the talks would resume next week."],
    ["a witness who told", "One witness told reporters that the van sped away."],
    ["a resident who said", "One resident said the water rose within minutes."],
    ["a report that says", "One report says the plant will shut in the spring."],
    ["an analyst who expects", "One analyst expects the merger to collapse."],
    ["a subject set off by an aside", "One neighbour, who asked not to be named, said the family had left."],
    ["one of a group who said", "One of them said the blast shook the whole street."],
    ["one of the officers who told", "One of the officers told the court that he saw no weapon."],
    ["according to one", "According to one account, the fire began in the kitchen."],
    ["a source that estimates", "One estimate puts the cost of the repairs much higher."],
    // pronoun-like: a member of a kind, a time, a comparison
    ["one day", "One day the river burst its banks and flooded the fields."],
    ["one thing", "One thing is certain: the vote was close."],
    ["one of the reasons", "Cost was one of the reasons the plan failed."],
    ["one of the superlatives", "It was one of the deadliest storms on record."],
    ["one of the few", "The bakery is one of the few shops still open."],
    ["a classification after a copula", "The museum is one of the city's landmarks."],
    ["one another", "The survivors helped one another up the slope."],
    ["one by one", "The hostages walked out one by one."],
    ["a loved one, 'one' after a determiner and an adjective", "Families who lost a loved one in the flood met the mayor."],
    ["the one, 'one' standing for a noun", "The lorry that crashed was the one stolen from the depot."],
    ["each one", "The inspectors checked each one of the boilers."],
  ])("%s: %s", (_what, sentence) => {
    expect(ones(sentence).map((c) => c.text)).toEqual([]);
    // and the frame says why
    for (const r of readings(sentence).filter((x) => /^one$/i.test(x.value.mention.text))) expect(r.notAClaim).toMatch(/^determiner-/);
  });

  it("keeps the other figures of a sentence whose 'one' is a source", () => {
    const cs = claims("One official said 14 people were hurt in the blast.");
    expect(cs.map((c) => c.text)).toEqual(["14"]);
  });
});

describe("a 'one' that counts stays a figure", () => {
  it.each([
    ["the object of a verb of harm", "The gunman opened fire, killing one.", "kill"],
    ["the subject of a verb of harm", "One died at the scene and two were taken to hospital.", "die"],
    ["a count of people", "One person died in the crash.", "die"],
    ["a partitive of victims", "One of the victims died in hospital on Sunday.", "die"],
    ["the object, a partitive", "The sniper killed one of the guards.", "kill"],
    ["a source noun that something happened to", "One witness was shot in the leg.", "shoot"],
    ["a bystander who died", "One bystander died of his wounds.", "die"],
    ["coordinated with another count", "The storm killed one and injured four.", "kill"],
    ["a thing counted", "Only one bank was robbed that morning.", "rob"],
  ])("%s: %s", (_what, sentence, predicate) => {
    const cs = ones(sentence);
    expect(cs.length).toBe(1);
    expect(cs[0]!.value).toMatchObject({ min: 1, max: 1 });
    expect(cs[0]!.claimFrame?.predicate?.lemma).toBe(predicate);
  });
});
